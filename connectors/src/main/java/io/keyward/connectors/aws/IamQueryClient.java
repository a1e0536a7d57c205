package io.keyward.connectors.aws;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.SourceException;
import io.keyward.connectors.SyncContext;
import io.keyward.connectors.aws.IamWire.AccessKey;
import io.keyward.connectors.http.HttpReply;
import io.keyward.connectors.http.Sleeper;
import io.keyward.connectors.http.SourceHttp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The IAM Query API over HTTP: form posts of {@code Action=…&Version=2010-05-08}, XML replies,
 * paged by {@code IsTruncated}/{@code Marker}. Pages may be short while truncated, so only {@code
 * IsTruncated} ends a listing.
 */
final class IamQueryClient {
  private static final Logger LOG = LoggerFactory.getLogger(IamQueryClient.class);
  static final String VERSION = "2010-05-08";

  /** How often to ask whether the credential report is ready, and how long to wait between. */
  static final int REPORT_POLLS = 5;

  static final Duration REPORT_POLL_WAIT = Duration.ofSeconds(2);

  private final SourceHttp http;
  private final HttpUrl endpoint;
  private final Sleeper sleeper;

  IamQueryClient(SourceHttp http, HttpUrl endpoint, Sleeper sleeper) {
    this.http = http;
    this.endpoint = endpoint;
    this.sleeper = sleeper;
  }

  HttpUrl endpoint() {
    return endpoint;
  }

  /** Every user, group, role and managed policy of the account, over all pages. */
  AuthorizationDetails authorizationDetails(SyncContext context) {
    AuthorizationDetails.Builder details = new AuthorizationDetails.Builder();
    String action = "GetAccountAuthorizationDetails";
    pages(
        action,
        Map.of("MaxItems", "1000"),
        context.cancellation(),
        (page, result) -> {
          int before = details.size();
          try {
            AuthorizationXml.readPage(result, details);
          } catch (IllegalArgumentException e) {
            throw new SourceException(http.source(), endpoint(action), page, e.getMessage(), e);
          }
          context.advance(details.size() - before);
        });
    return details.build();
  }

  /** One page of users, to prove the credentials work: the first user's ARN, if any. */
  Optional<String> firstUserArn(Cancellation cancellation) {
    String action = "GetAccountAuthorizationDetails";
    Map<String, String> params = new LinkedHashMap<>();
    params.put("Filter.member.1", "User");
    params.put("MaxItems", "1");
    IamXml result = call(action, params, null, cancellation);
    return result.members("UserDetailList").stream().findFirst().map(u -> u.text("Arn"));
  }

  /** The user's access keys with when each was last used. */
  List<AccessKey> accessKeys(String user, SyncContext context) {
    List<AccessKey> keys = new ArrayList<>();
    pages(
        "ListAccessKeys",
        Map.of("UserName", user, "MaxItems", "100"),
        context.cancellation(),
        (page, result) -> {
          for (IamXml key : result.members("AccessKeyMetadata")) {
            String id = AuthorizationXml.required(key, "AccessKeyId");
            keys.add(
                new AccessKey(
                    user,
                    id,
                    Optional.ofNullable(key.text("Status")).orElse("Active"),
                    key.text("CreateDate"),
                    lastUsed(id, context.cancellation())));
          }
        });
    return keys;
  }

  private @Nullable String lastUsed(String keyId, Cancellation cancellation) {
    IamXml result =
        call("GetAccessKeyLastUsed", Map.of("AccessKeyId", keyId), "key " + keyId, cancellation);
    return result.child("AccessKeyLastUsed").map(u -> u.text("LastUsedDate")).orElse(null);
  }

  /**
   * Asks IAM to generate the credential report and fetches it once ready; empty, with a log line,
   * when it is still not ready after {@link #REPORT_POLLS} tries.
   */
  Optional<CredentialReport> credentialReport(Cancellation cancellation) {
    String state = "";
    for (int poll = 1; poll <= REPORT_POLLS; poll++) {
      state =
          Optional.ofNullable(
                  call("GenerateCredentialReport", Map.of(), null, cancellation).text("State"))
              .orElse("");
      if (state.equals("COMPLETE")) {
        break;
      }
      if (poll < REPORT_POLLS) {
        sleeper.sleep(REPORT_POLL_WAIT, cancellation, http.source());
      }
    }
    if (!state.equals("COMPLETE")) {
      LOG.warn(
          "{}: the credential report was still {} after {} tries; syncing without it (console"
              + " passwords, MFA and the root user stay unknown)",
          http.source(),
          state.isEmpty() ? "not started" : state,
          REPORT_POLLS);
      return Optional.empty();
    }
    String action = "GetCredentialReport";
    IamXml result = call(action, Map.of(), null, cancellation);
    String content = result.text("Content");
    if (content == null) {
      throw new SourceException(http.source(), endpoint(action), null, "the reply has no Content");
    }
    try {
      String csv = new String(Base64.getMimeDecoder().decode(content), StandardCharsets.UTF_8);
      return Optional.of(CredentialReport.parse(csv));
    } catch (IllegalArgumentException e) {
      throw new SourceException(
          http.source(), endpoint(action), "credential report", e.getMessage(), e);
    }
  }

  /** A page's item label for errors, and its result element. */
  private interface PageReader {
    void read(String page, IamXml result);
  }

  /** The members of {@code list} in every page of {@code action}'s replies. */
  List<IamXml> listAll(
      String action, Map<String, String> params, String list, Cancellation cancellation) {
    List<IamXml> members = new ArrayList<>();
    pages(action, params, cancellation, (page, result) -> members.addAll(result.members(list)));
    return members;
  }

  /** Reads every page; a cancelled sync stops at the next request (SourceHttp checks). */
  private void pages(
      String action, Map<String, String> params, Cancellation cancellation, PageReader reader) {
    Set<String> markers = new HashSet<>();
    String marker = null;
    for (int page = 1; ; page++) {
      Map<String, String> withMarker = new LinkedHashMap<>(params);
      if (marker != null) {
        withMarker.put("Marker", marker);
      }
      String item = pageLabel(params, page);
      IamXml result = call(action, withMarker, item, cancellation);
      reader.read(item, result);
      if (!"true".equals(result.text("IsTruncated"))) {
        return;
      }
      marker = result.text("Marker");
      if (marker == null || marker.isEmpty() || !markers.add(marker)) {
        throw new SourceException(
            http.source(),
            endpoint(action),
            item,
            marker == null || marker.isEmpty()
                ? "IsTruncated is true but the reply has no Marker"
                : "the same Marker came back twice; stopping rather than looping");
      }
    }
  }

  private static String pageLabel(Map<String, String> params, int page) {
    String user = params.get("UserName");
    return (user == null ? "" : "user " + user + ", ") + "page " + page;
  }

  /**
   * Posts a write whose reply carries no result element (UpdateAccessKey, DeleteAccessKey): a 2xx
   * with a well-formed body is success.
   */
  void act(
      String action, Map<String, String> params, @Nullable String item, Cancellation cancellation) {
    String named = endpoint(action);
    IamXml.parse(
        http.send(named, request(action, params), item, cancellation).body(),
        http.source(),
        named,
        item);
  }

  private Request request(String action, Map<String, String> params) {
    FormBody.Builder form = new FormBody.Builder().add("Action", action).add("Version", VERSION);
    params.forEach(form::add);
    return new Request.Builder().url(endpoint).post(form.build()).build();
  }

  /**
   * Posts one action and returns its {@code <ActionResult>} element.
   *
   * @throws SourceException when the request fails or the reply is not that action's result
   */
  IamXml call(
      String action, Map<String, String> params, @Nullable String item, Cancellation cancellation) {
    String named = endpoint(action);
    HttpReply reply = http.send(named, request(action, params), item, cancellation);
    IamXml root = IamXml.parse(reply.body(), http.source(), named, item);
    return root.child(action + "Result")
        .orElseThrow(
            () ->
                new SourceException(
                    http.source(),
                    named,
                    item,
                    "malformed reply: <" + root.name() + "> has no <" + action + "Result>"));
  }

  private static String endpoint(String action) {
    return "Action=" + action;
  }
}
