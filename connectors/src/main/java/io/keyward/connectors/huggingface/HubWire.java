package io.keyward.connectors.huggingface;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Hub API replies. {@code roleInOrg}, the fine-grained layout and the members' fields come from
 * observed replies, not a published schema, so every field is optional.
 */
final class HubWire {
  private HubWire() {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record WhoAmI(
      @Nullable String type,
      @Nullable String id,
      @Nullable String name,
      @Nullable String fullname,
      @Nullable String email,
      @Nullable List<Org> orgs,
      @Nullable Auth auth) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Org(@Nullable String name, @Nullable String roleInOrg) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Auth(@Nullable String type, @Nullable AccessToken accessToken) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record AccessToken(
      @Nullable String displayName,
      @Nullable String role,
      @Nullable String createdAt,
      @Nullable FineGrained fineGrained) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record FineGrained(
      @Nullable Boolean canReadGatedRepos,
      @Nullable List<String> global,
      @Nullable List<Scoped> scoped) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Scoped(@Nullable Entity entity, @Nullable List<String> permissions) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Entity(@Nullable String type, @Nullable String name) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Member(
      @JsonProperty("_id") @Nullable String objectId,
      @Nullable String user,
      @Nullable String name,
      @Nullable String fullname,
      @Nullable String type,
      @Nullable String role) {

    @Nullable String login() {
      return user != null && !user.isBlank() ? user : name;
    }
  }

  /**
   * A model or dataset as {@code /api/models} and {@code /api/datasets} list it.
   *
   * @param gated {@code false}, {@code "auto"} or {@code "manual"}
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Repo(
      @JsonProperty("_id") @Nullable String objectId,
      @Nullable String id,
      @Nullable Boolean disabled,
      @JsonProperty("private") @Nullable Boolean isPrivate,
      @Nullable JsonNode gated,
      @Nullable String lastModified) {

    boolean gatedAccess() {
      return gated != null && !gated.isNull() && !(gated.isBoolean() && !gated.asBoolean());
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Problem(@Nullable String error) {}
}
