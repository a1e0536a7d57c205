package io.keyward.model.scorecard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyward.model.domain.Severity;
import io.keyward.model.json.FieldError;
import io.keyward.model.json.InvalidDocumentException;
import io.keyward.model.json.JsonFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The numbers the criteria compare against, as an editable JSON profile. Defaults are documented in
 * {@code docs/scorecard.md}; a profile may name only the thresholds it changes.
 *
 * @param maxAgentCredentialMinutes an agent credential living at most this long is short-lived
 * @param minShortLivedShare "most agent credentials short-lived": at least this share of them
 * @param maxStaticKeyAgeDays no active static (non-expiring) non-human key may be older
 * @param unusedGrantDays a grant not used for this long (or never) counts as unused
 * @param maxUnusedGrantShare at most this share of non-human grants may be unused
 * @param alertFeedMaxAgeHours a feed whose newest alert is older than this has gone quiet
 * @param maxUnmatchedAlertShare at most this share of alerts may map to no identity
 * @param revocationTargetMinutes alert-to-revocation time the adaptive step asks for
 * @param responseSeverity alerts at least this severe need a measured response
 * @param phishingResistantMfa {@code mfa} tag values that count as phishing-resistant
 * @param highRiskScore a non-human identity whose risk score reaches this stands at high risk
 */
public record Thresholds(
    int maxAgentCredentialMinutes,
    double minShortLivedShare,
    int maxStaticKeyAgeDays,
    int unusedGrantDays,
    double maxUnusedGrantShare,
    int alertFeedMaxAgeHours,
    double maxUnmatchedAlertShare,
    int revocationTargetMinutes,
    Severity responseSeverity,
    List<String> phishingResistantMfa,
    int highRiskScore) {

  public static final Thresholds DEFAULTS =
      new Thresholds(
          60,
          0.5,
          90,
          90,
          0.25,
          24,
          0.1,
          15,
          Severity.HIGH,
          List.of("fido2", "passkey", "windows-hello", "certificate"),
          70);

  /** The cache setting the console keeps the profile under. */
  public static final String SETTING = "scorecard.thresholds";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final String MAX_AGENT_CREDENTIAL = "maxAgentCredentialMinutes";
  private static final String MIN_SHORT_LIVED = "minShortLivedShare";
  private static final String MAX_STATIC_KEY_AGE = "maxStaticKeyAgeDays";
  private static final String UNUSED_GRANT_DAYS = "unusedGrantDays";
  private static final String MAX_UNUSED_GRANTS = "maxUnusedGrantShare";
  private static final String FEED_MAX_AGE = "alertFeedMaxAgeHours";
  private static final String MAX_UNMATCHED = "maxUnmatchedAlertShare";
  private static final String REVOCATION_TARGET = "revocationTargetMinutes";
  private static final String RESPONSE_SEVERITY = "responseSeverity";
  private static final String MFA = "phishingResistantMfa";
  private static final String HIGH_RISK = "highRiskScore";
  private static final Set<String> KNOWN =
      Set.of(
          MAX_AGENT_CREDENTIAL,
          MIN_SHORT_LIVED,
          MAX_STATIC_KEY_AGE,
          UNUSED_GRANT_DAYS,
          MAX_UNUSED_GRANTS,
          FEED_MAX_AGE,
          MAX_UNMATCHED,
          REVOCATION_TARGET,
          RESPONSE_SEVERITY,
          MFA,
          HIGH_RISK);

  public Thresholds {
    phishingResistantMfa =
        phishingResistantMfa.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
  }

  /**
   * Reads a profile; absent thresholds keep their defaults.
   *
   * @throws InvalidDocumentException naming every wrong or unknown field
   */
  public static Thresholds parse(String text) {
    List<FieldError> errors = new ArrayList<>();
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new InvalidDocumentException(
          "the thresholds profile",
          List.of(
              new FieldError(
                  "line " + e.getLocation().getLineNr(),
                  "JSON",
                  Objects.requireNonNullElse(e.getOriginalMessage(), "unreadable text"))));
    }
    JsonFields fields =
        JsonFields.object(root, "", "an object of thresholds", errors)
            .orElseThrow(() -> new InvalidDocumentException("the thresholds profile", errors));
    for (String other : fields.otherFields(KNOWN)) {
      fields.unexpected(other, "one of " + String.join(", ", KNOWN.stream().sorted().toList()));
    }
    Thresholds d = DEFAULTS;
    Thresholds read =
        new Thresholds(
            or(
                fields.wholeNumber(MAX_AGENT_CREDENTIAL, 1, "minutes", false),
                d.maxAgentCredentialMinutes),
            or(fields.share(MIN_SHORT_LIVED), d.minShortLivedShare),
            or(fields.wholeNumber(MAX_STATIC_KEY_AGE, 1, "days", false), d.maxStaticKeyAgeDays),
            or(fields.wholeNumber(UNUSED_GRANT_DAYS, 1, "days", false), d.unusedGrantDays),
            or(fields.share(MAX_UNUSED_GRANTS), d.maxUnusedGrantShare),
            or(fields.wholeNumber(FEED_MAX_AGE, 1, "hours", false), d.alertFeedMaxAgeHours),
            or(fields.share(MAX_UNMATCHED), d.maxUnmatchedAlertShare),
            or(
                fields.wholeNumber(REVOCATION_TARGET, 1, "minutes", false),
                d.revocationTargetMinutes),
            severity(fields, d.responseSeverity),
            root.has(MFA) ? fields.textList(MFA, true) : d.phishingResistantMfa,
            or(fields.wholeNumber(HIGH_RISK, 1, "points of 100", false), d.highRiskScore));
    if (!errors.isEmpty()) {
      throw new InvalidDocumentException("the thresholds profile", errors);
    }
    return read;
  }

  /** The full profile as JSON, every threshold named. */
  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put(MAX_AGENT_CREDENTIAL, maxAgentCredentialMinutes);
    root.put(MIN_SHORT_LIVED, minShortLivedShare);
    root.put(MAX_STATIC_KEY_AGE, maxStaticKeyAgeDays);
    root.put(UNUSED_GRANT_DAYS, unusedGrantDays);
    root.put(MAX_UNUSED_GRANTS, maxUnusedGrantShare);
    root.put(FEED_MAX_AGE, alertFeedMaxAgeHours);
    root.put(MAX_UNMATCHED, maxUnmatchedAlertShare);
    root.put(REVOCATION_TARGET, revocationTargetMinutes);
    root.put(RESPONSE_SEVERITY, responseSeverity.name());
    phishingResistantMfa.forEach(root.putArray(MFA)::add);
    root.put(HIGH_RISK, highRiskScore);
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write thresholds", e);
    }
  }

  /** Whether an {@code mfa} tag value is phishing-resistant under this profile. */
  public boolean phishingResistant(String mfa) {
    return phishingResistantMfa.contains(mfa.toLowerCase(Locale.ROOT));
  }

  private static Severity severity(JsonFields fields, Severity fallback) {
    String name =
        fields.oneOf(
            RESPONSE_SEVERITY,
            Arrays.stream(Severity.values()).map(Severity::name).toList(),
            false);
    return name == null ? fallback : Severity.valueOf(name);
  }

  private static <T> T or(T value, T fallback) {
    return value == null ? fallback : value;
  }
}
