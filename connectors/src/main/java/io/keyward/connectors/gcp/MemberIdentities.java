package io.keyward.connectors.gcp;

import io.keyward.model.domain.Identity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The identities policy members name. A service account the project lists is that account's
 * identity; every other member (users, groups, other projects' accounts, federated principals)
 * becomes an identity filed under this source, made once however many bindings name it.
 */
final class MemberIdentities {
  private final String sourceId;
  private final String project;
  private final Map<String, String> listedServiceAccounts;
  private final Map<String, Identity> created = new LinkedHashMap<>();

  /**
   * @param listedServiceAccounts identity id by email of the accounts the project lists
   */
  MemberIdentities(String sourceId, String project, Map<String, String> listedServiceAccounts) {
    this.sourceId = sourceId;
    this.project = project;
    this.listedServiceAccounts = Map.copyOf(listedServiceAccounts);
  }

  /** The id of the identity {@code member} names, making that identity when it is new. */
  String identityId(PolicyMember member) {
    if (member.serviceAccount() != null) {
      String listed = listedServiceAccounts.get(member.serviceAccount());
      if (listed != null) {
        return listed;
      }
    }
    String id = sourceId + ":" + member.localId();
    created.computeIfAbsent(id, ignored -> identity(id, member));
    return id;
  }

  /** The identities made for members, in the order they were first named. */
  List<Identity> created() {
    return new ArrayList<>(created.values());
  }

  private Identity identity(String id, PolicyMember member) {
    String reason =
        member.serviceAccount() == null
            ? member.reason()
            : member.reason() + "; not in project " + project + "'s service-account list";
    return new Identity(
        id,
        sourceId,
        member.member(),
        member.kind(),
        member.name(),
        member.email(),
        member.status(),
        null,
        null,
        reason,
        Map.of());
  }
}
