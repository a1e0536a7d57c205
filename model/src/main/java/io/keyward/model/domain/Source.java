package io.keyward.model.domain;

/**
 * One connected system instance: an AWS account, an Entra tenant, a Keycloak realm, an alert feed.
 *
 * @param location where it lives, e.g. an account id, tenant id, realm URL or file path
 */
public record Source(String id, SourceKind kind, String name, String location) {
  public Source {
    Require.text(id, "source id");
    Require.present(kind, "source kind");
    Require.text(name, "source name");
    Require.present(location, "source location");
  }
}
