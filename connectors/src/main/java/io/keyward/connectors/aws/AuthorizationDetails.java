package io.keyward.connectors.aws;

import io.keyward.connectors.aws.IamWire.Group;
import io.keyward.connectors.aws.IamWire.ManagedPolicy;
import io.keyward.connectors.aws.IamWire.Role;
import io.keyward.connectors.aws.IamWire.User;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything GetAccountAuthorizationDetails says about one account, gathered over all its pages (or
 * all the CLI output's concatenated objects). Managed policies are keyed by ARN.
 */
record AuthorizationDetails(
    List<User> users, List<Group> groups, List<Role> roles, Map<String, ManagedPolicy> policies) {

  AuthorizationDetails {
    users = List.copyOf(users);
    groups = List.copyOf(groups);
    roles = List.copyOf(roles);
    policies = Map.copyOf(policies);
  }

  int size() {
    return users.size() + groups.size() + roles.size() + policies.size();
  }

  /**
   * The account the items belong to, read from the first ARN ({@code arn:aws:iam::ACCOUNT:...}).
   */
  Optional<String> accountId() {
    return users.stream()
        .map(User::arn)
        .findFirst()
        .or(() -> roles.stream().map(Role::arn).findFirst())
        .or(() -> groups.stream().map(Group::arn).findFirst())
        .flatMap(Arn::account);
  }

  /** Collects pages in arrival order. */
  static final class Builder {
    private final List<User> users = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private final List<Role> roles = new ArrayList<>();
    private final Map<String, ManagedPolicy> policies = new LinkedHashMap<>();

    Builder add(User user) {
      users.add(user);
      return this;
    }

    Builder add(Group group) {
      groups.add(group);
      return this;
    }

    Builder add(Role role) {
      roles.add(role);
      return this;
    }

    Builder add(ManagedPolicy policy) {
      policies.put(policy.arn(), policy.defaultVersionOnly());
      return this;
    }

    int size() {
      return users.size() + groups.size() + roles.size() + policies.size();
    }

    AuthorizationDetails build() {
      return new AuthorizationDetails(users, groups, roles, policies);
    }
  }
}
