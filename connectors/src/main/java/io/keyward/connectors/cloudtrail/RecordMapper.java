package io.keyward.connectors.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.AccessEventType;
import io.keyward.model.domain.Issuance;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One CloudTrail record to access events:
 *
 * <ul>
 *   <li>{@code AssumeRole}, {@code AssumeRoleWithWebIdentity}, {@code AssumeRoleWithSAML}, {@code
 *       GetSessionToken}, {@code GetFederationToken} that succeeded: CREDENTIAL_ISSUED with the
 *       issuance (requested duration, else the API's default); the issued key is remembered so
 *       later calls signed with it link to the session, and an AssumeRole made from a role session
 *       is an observed chain hop;
 *   <li>IAM key and policy changes: CHANGE on the identity changed (and the caller's own call, when
 *       the caller changed someone else);
 *   <li>{@code AccessDenied}, {@code UnauthorizedOperation} and kin: ACCESS_DENIED;
 *   <li>console sign-ins: SIGN_IN; everything else: ACCESS_ALLOWED, keeping any other error code.
 * </ul>
 */
final class RecordMapper {
  static final Set<String> DENIED =
      Set.of(
          "AccessDenied",
          "AccessDeniedException",
          "UnauthorizedOperation",
          "Client.UnauthorizedOperation");
  private static final Pattern CHANGE =
      Pattern.compile(
          "CreateAccessKey|UpdateAccessKey|DeleteAccessKey|Attach(User|Role|Group)Policy"
              + "|Put(User|Role|Group)Policy|UpdateAssumeRolePolicy");
  private static final Duration ROLE_DEFAULT = Duration.ofHours(1);
  private static final Duration TOKEN_DEFAULT = Duration.ofHours(12);

  private final String sourceId;
  private final Principals principals;
  private final Sessions sessions;
  private final Chains chains;
  private final EventTime eventTime = new EventTime();

  RecordMapper(String sourceId, Principals principals, Sessions sessions, Chains chains) {
    this.sourceId = sourceId;
    this.principals = principals;
    this.sessions = sessions;
    this.chains = chains;
  }

  /**
   * @throws IllegalArgumentException naming what the record lacks when it is no CloudTrail record
   */
  void map(JsonNode record, Consumer<AccessEvent> out) {
    if (!record.isObject()) {
      throw new IllegalArgumentException("not a CloudTrail record (a JSON object)");
    }
    String eventId = required(record, "eventID");
    String name = required(record, "eventName");
    String service = required(record, "eventSource");
    Instant time = eventTime.parse(required(record, "eventTime"));
    if (time == null) {
      throw new IllegalArgumentException("eventTime is missing");
    }
    JsonNode userIdentity = record.path("userIdentity");
    Caller caller =
        userIdentity.isObject()
            ? principals.caller(
                userIdentity, sessions.used(Json.text(userIdentity, "accessKeyId"), time))
            : new Caller(service, null, null, null, false);
    String errorCode = Json.text(record, "errorCode");
    JsonNode request = record.path("requestParameters");
    JsonNode response = record.path("responseElements");
    Event event =
        new Event(
            sourceId,
            eventId,
            time,
            action(service, name),
            Json.text(record, "sourceIPAddress"),
            Json.text(record, "awsRegion"),
            errorCode);
    if (errorCode != null && DENIED.contains(errorCode)) {
      out.accept(event.of(AccessEventType.ACCESS_DENIED, caller, resource(record, request), null));
    } else if ("AwsConsoleSignIn".equals(Json.text(record, "eventType"))) {
      boolean failed = "Failure".equals(Json.text(response, "ConsoleLogin"));
      out.accept(
          event.of(
              failed ? AccessEventType.ACCESS_DENIED : AccessEventType.SIGN_IN,
              caller,
              null,
              null));
    } else if (errorCode == null && service.equals("sts.amazonaws.com") && issues(name)) {
      out.accept(issuance(event, name, eventId, caller, request, response));
    } else if (errorCode == null && service.equals("iam.amazonaws.com") && isChange(name)) {
      change(event, record, caller, request, response, out);
    } else {
      out.accept(event.of(AccessEventType.ACCESS_ALLOWED, caller, resource(record, request), null));
    }
  }

  private AccessEvent issuance(
      Event event,
      String name,
      String eventId,
      Caller caller,
      JsonNode request,
      JsonNode response) {
    boolean role = name.startsWith("AssumeRole");
    String roleArn = role ? Json.text(request, "roleArn") : null;
    String roleId = principals.identity(roleArn);
    Duration lifetime = duration(request, role ? ROLE_DEFAULT : TOKEN_DEFAULT);
    String sessionName = role ? Json.text(request, "roleSessionName") : Json.text(request, "name");
    String keyId = Json.text(response.path("credentials"), "accessKeyId");
    @Nullable String issuer = "sts.amazonaws.com";
    @Nullable String subject = caller.subject();
    if (name.equals("AssumeRoleWithWebIdentity")) {
      issuer = first(Json.text(response, "provider"), issuer);
      subject = first(Json.text(response, "subjectFromWebIdentityToken"), subject);
    } else if (name.equals("AssumeRoleWithSAML")) {
      issuer =
          first(Json.text(response, "issuer"), first(Json.text(request, "principalArn"), issuer));
      subject = first(Json.text(response, "subject"), subject);
    }
    String holder = role ? roleId : caller.identityId();
    if (keyId != null && holder != null) {
      sessions.issued(
          holder,
          keyId,
          sessionName != null ? sessionName : name,
          event.time(),
          event.time().plus(lifetime));
    }
    if (name.equals("AssumeRole")
        && caller.roleSession()
        && caller.identityId() != null
        && roleId != null) {
      chains.assumed(caller.identityId(), roleId, eventId, event.time());
    }
    return event.of(
        AccessEventType.CREDENTIAL_ISSUED,
        caller,
        roleArn,
        new Issuance(
            Objects.requireNonNull(issuer),
            Objects.requireNonNull(subject),
            roleId,
            sessionName,
            lifetime,
            first(Json.text(request, "sourceIdentity"), Json.text(response, "sourceIdentity")),
            keyId));
  }

  /**
   * The change lands on the identity changed: the user or role the request names, else (an access
   * key call without {@code userName}) the caller itself.
   */
  private void change(
      Event event,
      JsonNode record,
      Caller caller,
      JsonNode request,
      JsonNode response,
      Consumer<AccessEvent> out) {
    String account = Json.text(record, "recipientAccountId");
    String user = Json.text(request, "userName");
    String roleName = Json.text(request, "roleName");
    String changed = caller.identityId();
    if (user != null || roleName != null) {
      changed =
          principals.named(account, user != null ? "user" : "role", user != null ? user : roleName);
    }
    String key =
        first(
            Json.text(request, "accessKeyId"),
            Json.text(response.path("accessKey"), "accessKeyId"));
    String what =
        first(
            key,
            first(
                Json.text(request, "policyArn"),
                first(Json.text(request, "policyName"), user != null ? user : roleName)));
    String keyCredential = key == null ? null : principals.credential(key);
    out.accept(
        new AccessEvent(
            sourceId + ":change/" + event.eventId(),
            sourceId,
            event.time(),
            AccessEventType.CHANGE,
            changed,
            keyCredential,
            event.action(),
            what,
            event.sourceIp(),
            event.region(),
            null,
            null));
    if (changed == null || !changed.equals(caller.identityId())) {
      out.accept(event.of(AccessEventType.ACCESS_ALLOWED, caller, what, null));
    }
  }

  /** {@code iam.amazonaws.com} and {@code CreateAccessKey} as {@code iam:CreateAccessKey}. */
  private static String action(String service, String name) {
    int dot = service.indexOf('.');
    return (dot < 0 ? service : service.substring(0, dot)) + ":" + name;
  }

  private static @Nullable String resource(JsonNode record, JsonNode request) {
    JsonNode resources = record.path("resources");
    if (resources.isArray() && !resources.isEmpty()) {
      String arn = Json.text(resources.get(0), "ARN");
      if (arn != null) {
        return arn;
      }
    }
    String bucket = Json.text(request, "bucketName");
    if (bucket != null) {
      String key = Json.text(request, "key");
      return "arn:aws:s3:::" + bucket + (key == null ? "" : "/" + key);
    }
    return Json.text(request, "roleArn");
  }

  private static Duration duration(JsonNode request, Duration fallback) {
    JsonNode seconds = request.path("durationSeconds");
    if (seconds.canConvertToLong() && seconds.asLong() > 0) {
      return Duration.ofSeconds(seconds.asLong());
    }
    if (seconds.isTextual() && seconds.asText().matches("\\d+")) {
      return Duration.ofSeconds(Long.parseLong(seconds.asText()));
    }
    return fallback;
  }

  private static boolean issues(String name) {
    return switch (name) {
      case "AssumeRole",
          "AssumeRoleWithWebIdentity",
          "AssumeRoleWithSAML",
          "GetSessionToken",
          "GetFederationToken" ->
          true;
      default -> false;
    };
  }

  private static boolean isChange(String name) {
    return CHANGE.matcher(name).matches();
  }

  private static String required(JsonNode record, String field) {
    String value = Json.text(record, field);
    if (value == null) {
      throw new IllegalArgumentException("no " + field);
    }
    return value;
  }

  private static @Nullable String first(@Nullable String value, @Nullable String fallback) {
    return value != null ? value : fallback;
  }

  /** The parts every event of one record shares. */
  private record Event(
      String sourceId,
      String eventId,
      Instant time,
      String action,
      @Nullable String sourceIp,
      @Nullable String region,
      @Nullable String errorCode) {
    AccessEvent of(
        AccessEventType type,
        Caller caller,
        @Nullable String resource,
        @Nullable Issuance issuance) {
      return new AccessEvent(
          sourceId + ":event/" + eventId,
          sourceId,
          time,
          type,
          caller.identityId(),
          caller.credentialId(),
          action,
          resource,
          sourceIp,
          region,
          errorCode,
          issuance);
    }
  }
}
