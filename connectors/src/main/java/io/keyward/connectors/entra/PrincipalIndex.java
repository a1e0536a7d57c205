package io.keyward.connectors.entra;

import io.keyward.connectors.entra.GraphWire.DirectoryObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Graph names principals by object id (a grant's {@code principalId}, a consent's {@code
 * clientId}); this says which loaded identity each object id is and who is in which group.
 */
final class PrincipalIndex {
  private final Map<String, String> identities = new HashMap<>();
  private final Set<String> users = new HashSet<>();
  private final Set<String> groups = new HashSet<>();
  private final Map<String, List<DirectoryObject>> members;

  PrincipalIndex(Map<String, List<DirectoryObject>> members) {
    this.members = members;
  }

  void addUser(String objectId, String identityId) {
    identities.put(objectId, identityId);
    users.add(objectId);
  }

  void addGroup(String objectId, String identityId) {
    identities.put(objectId, identityId);
    groups.add(objectId);
  }

  void add(String objectId, String identityId) {
    identities.put(objectId, identityId);
  }

  /** The identity loaded for {@code objectId}, if this sync loaded one. */
  Optional<String> identity(String objectId) {
    return Optional.ofNullable(identities.get(objectId));
  }

  boolean isGroup(String objectId) {
    return groups.contains(objectId);
  }

  /**
   * The accountable human among {@code candidates} (owners, sponsors): the first user, else the
   * first principal this sync knows, else none.
   */
  Optional<String> accountable(List<DirectoryObject> candidates) {
    return candidates.stream()
        .map(DirectoryObject::id)
        .filter(users::contains)
        .findFirst()
        .or(
            () ->
                candidates.stream()
                    .map(DirectoryObject::id)
                    .filter(identities::containsKey)
                    .findFirst())
        .map(identities::get);
  }

  /**
   * Object ids of the users and service principals in {@code groupId}, through nested groups, each
   * once: who acts with what the group holds.
   */
  List<String> actingMembers(String groupId) {
    Set<String> seenGroups = new HashSet<>();
    Set<String> found = new LinkedHashSet<>();
    Deque<String> pending = new ArrayDeque<>(List.of(groupId));
    while (!pending.isEmpty()) {
      String group = pending.pop();
      if (!seenGroups.add(group)) {
        continue;
      }
      for (DirectoryObject member : members.getOrDefault(group, List.of())) {
        if (groups.contains(member.id())) {
          pending.push(member.id());
        } else if (identities.containsKey(member.id())) {
          found.add(member.id());
        }
      }
    }
    return new ArrayList<>(found);
  }
}
