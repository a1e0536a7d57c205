package io.keyward.connectors.openlineage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.keyward.connectors.http.WireJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Who runs which job, as the analyst states it: OpenLineage has no "who ran it" field, so runs are
 * linked by rules first, then by the job's ownership facet. A rules file is
 *
 * <pre>{@code
 * {"rules": [
 *   {"job": "retrain_fraud.*", "identity": "gcp:ml-prod:sa/trainer@ml-prod.iam.gserviceaccount.com"},
 *   {"namespace": "airflow-prod", "producer": "https://github.com/apache/airflow", "identity": "..."}
 * ]}
 * }</pre>
 *
 * A rule matches when every condition it gives matches: {@code job} and {@code namespace} are globs
 * ({@code *} any text, {@code ?} one character) on the job's name and namespace, {@code producer}
 * is a prefix of the event's producer URI. The first matching rule wins.
 */
final class OwnerRules {
  static final OwnerRules NONE = new OwnerRules(List.of());

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Rule(
      @Nullable String job,
      @Nullable String namespace,
      @Nullable String producer,
      @Nullable String identity) {

    boolean matches(String jobNamespace, String jobName, @Nullable String eventProducer) {
      return (job == null || glob(job).matcher(jobName).matches())
          && (namespace == null || glob(namespace).matcher(jobNamespace).matches())
          && (producer == null || (eventProducer != null && eventProducer.startsWith(producer)));
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record RulesFile(@Nullable List<Rule> rules) {}

  private final List<Rule> rules;

  OwnerRules(List<Rule> rules) {
    for (Rule rule : rules) {
      if (rule.identity() == null || rule.identity().isBlank()) {
        throw new IllegalArgumentException("every rule needs an identity: " + rule);
      }
      if (rule.job() == null && rule.namespace() == null && rule.producer() == null) {
        throw new IllegalArgumentException(
            "rule for " + rule.identity() + " gives no job, namespace or producer to match");
      }
    }
    this.rules = List.copyOf(rules);
  }

  /**
   * @throws IllegalArgumentException naming the file when it cannot be read or is not rules
   */
  static OwnerRules read(Path file) {
    try {
      RulesFile parsed =
          WireJson.MAPPER.readValue(
              Files.readString(file, StandardCharsets.UTF_8), RulesFile.class);
      return new OwnerRules(parsed == null || parsed.rules() == null ? List.of() : parsed.rules());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "owner rules " + file + " are not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("owner rules " + file + " cannot be read", e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("owner rules " + file + ": " + e.getMessage(), e);
    }
  }

  /** The identity the first matching rule names, or null. */
  @Nullable String identity(String jobNamespace, String jobName, @Nullable String producer) {
    for (Rule rule : rules) {
      if (rule.matches(jobNamespace, jobName, producer)) {
        return rule.identity();
      }
    }
    return null;
  }

  private static Pattern glob(String glob) {
    StringBuilder regex = new StringBuilder();
    for (char c : glob.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }
}
