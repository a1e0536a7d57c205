package io.keyward.connectors.gcp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The IAM and Resource Manager replies Keyward reads, only the fields it uses. Proto3 JSON leaves
 * out false booleans and empty lists, so absent means false or empty.
 */
final class GcpWire {
  private GcpWire() {}

  /** {@code GET v1/projects/{p}/serviceAccounts}: one page. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ServiceAccountPage(
      @Nullable List<ServiceAccount> accounts, @Nullable String nextPageToken) {
    ServiceAccountPage {
      accounts = accounts == null ? List.of() : accounts;
    }
  }

  /**
   * @param name {@code projects/{p}/serviceAccounts/{email}}
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ServiceAccount(
      @Nullable String name,
      @Nullable String projectId,
      @Nullable String uniqueId,
      @Nullable String email,
      @Nullable String displayName,
      @Nullable String description,
      boolean disabled) {}

  /** {@code GET .../serviceAccounts/{email}/keys}: not paginated. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record KeyList(@Nullable List<Key> keys) {
    KeyList {
      keys = keys == null ? List.of() : keys;
    }
  }

  /** Key metadata; the API never returns key material here. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Key(
      @Nullable String name,
      @Nullable String validAfterTime,
      @Nullable String validBeforeTime,
      @Nullable String keyAlgorithm,
      @Nullable String keyOrigin,
      @Nullable String keyType,
      boolean disabled,
      @Nullable String disableReason) {}

  /** An IAM policy as {@code getIamPolicy} and {@code gcloud ... get-iam-policy} print it. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Policy(@Nullable Integer version, @Nullable List<Binding> bindings) {
    static final Policy EMPTY = new Policy(null, List.of());

    Policy {
      bindings = bindings == null ? List.of() : bindings;
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Binding(@Nullable String role, @Nullable List<String> members, @Nullable Expr condition) {
    Binding {
      members = members == null ? List.of() : members;
    }
  }

  /** A CEL condition on a binding. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Expr(@Nullable String title, @Nullable String expression) {}

  /** Google's error body: {@code {"error":{"code":429,"message":"…","status":"…"}}}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ErrorReply(@Nullable ErrorBody error) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ErrorBody(@Nullable Integer code, @Nullable String message, @Nullable String status) {}
}
