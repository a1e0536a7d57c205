package io.keyward.model.graph;

import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.IdentityKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * AWS role trust as IAM evaluates it, applied to the ASSUME_ROLE edges the AWS connector records
 * (one per principal a trust policy names, its Condition kept):
 *
 * <ul>
 *   <li>A trust policy that names an IAM user or role of the role's own account admits it: its own
 *       policies need not allow the assume action.
 *   <li>One that names an account ({@code SOURCE:root}) or anyone ({@code aws:*}) admits each IAM
 *       principal of that account (of any account) whose own policies, or its groups' policies,
 *       allow {@code sts:AssumeRole} on the role. Each becomes an edge of its own, carrying the
 *       trust edge's scope and condition and the reason it was admitted.
 *   <li>One that names an IAM principal of another account admits it only if that principal's
 *       policies allow the assume action; when the cache holds that principal and its policies do
 *       not, the edge is refused. A principal the cache does not hold keeps its edge (unknown).
 *   <li>The root user cannot assume roles, so an account edge never starts at the root user itself;
 *       when the account has no root identity in the cache the account stays an external node, so
 *       the view still shows whom the role trusts.
 *   <li>Services and federation providers (web identity, SAML) are admitted as named: AWS does not
 *       check their policies, only the condition, which is kept.
 * </ul>
 */
final class AwsTrust {
  private static final String ANYONE = "aws:*";
  private static final String ACCOUNT_SUFFIX = ":root";
  private static final String ASSUME = "sts:AssumeRole";

  /**
   * What becomes of trust edge {@code edge}: a new edge from {@code from}, or, with {@code from}
   * {@link GraphIndex#NONE}, the edge itself is refused.
   */
  record Admission(int edge, int from, String reason) {}

  private final GraphIndexBuilder.Parts parts;
  private final Map<Integer, String> arns;
  private final Map<Integer, List<Integer>> groups;

  /**
   * @param arns the source's own id of each identity that has an ARN
   * @param groups the groups each node is a direct member of
   */
  AwsTrust(
      GraphIndexBuilder.Parts parts,
      Map<Integer, String> arns,
      Map<Integer, List<Integer>> groups) {
    this.parts = parts;
    this.arns = arns;
    this.groups = groups;
  }

  static boolean isArn(String externalId) {
    return externalId.startsWith("arn:aws:iam::");
  }

  List<Admission> admissions(
      int edges, IntUnaryOperator from, IntUnaryOperator to, IntUnaryOperator kind) {
    List<Admission> admissions = new ArrayList<>();
    for (int e = 0; e < edges; e++) {
      if (kind.applyAsInt(e) != DelegationKind.ASSUME_ROLE.ordinal()) {
        continue;
      }
      int principal = from.applyAsInt(e);
      int role = to.applyAsInt(e);
      String roleArn = arns.get(role);
      String trusted = parts.nodeIds[principal];
      if (trusted.equals(ANYONE) || trusted.endsWith(ACCOUNT_SUFFIX)) {
        admitAccount(e, principal, role, roleArn, admissions);
      } else if (roleArn != null && arns.containsKey(principal)) {
        String account = account(arns.get(principal));
        if (!account.equals(account(roleArn)) && !allowsAssume(principal, roleArn)) {
          admissions.add(
              new Admission(
                  e,
                  GraphIndex.NONE,
                  "cross-account principal whose policies do not allow " + ASSUME));
        }
      }
    }
    return admissions;
  }

  private void admitAccount(
      int e, int account, int role, @Nullable String roleArn, List<Admission> admissions) {
    String trusted = parts.nodeIds[account];
    String prefix = trusted.equals(ANYONE) ? null : trusted.substring(0, trusted.length() - 5);
    if (parts.nodeKinds[account] != GraphIndex.NONE) {
      admissions.add(new Admission(e, GraphIndex.NONE, "the root user cannot assume roles"));
    }
    if (roleArn == null) {
      return;
    }
    for (var entry : arns.entrySet()) {
      int n = entry.getKey();
      if (n == role || n == account || !canAssume(n) || !inAccount(n, entry.getValue(), prefix)) {
        continue;
      }
      if (allowsAssume(n, roleArn)) {
        admissions.add(
            new Admission(
                e,
                n,
                "trust policy admits "
                    + (prefix == null ? "any AWS principal" : "account " + trusted)
                    + " and "
                    + parts.nodeNames[n]
                    + "'s policies allow "
                    + ASSUME));
      }
    }
  }

  private boolean canAssume(int n) {
    int kind = parts.nodeKinds[n];
    return kind != GraphIndex.NONE && kind != IdentityKind.GROUP.ordinal();
  }

  /** In the trusted account: filed under its source id, or its ARN names the account. */
  private boolean inAccount(int n, String arn, @Nullable String prefix) {
    if (prefix == null) {
      return true;
    }
    int source = parts.nodeSources[n];
    return (source != GraphIndex.NONE && parts.texts.get(source).equals(prefix))
        || prefix.equals("aws:" + account(arn));
  }

  /** Whether the principal's own or its groups' grants allow the assume action on the role. */
  private boolean allowsAssume(int principal, String roleArn) {
    Set<Integer> seen = new HashSet<>();
    Deque<Integer> todo = new ArrayDeque<>();
    todo.add(principal);
    while (!todo.isEmpty()) {
      int n = todo.poll();
      if (!seen.add(n)) {
        continue;
      }
      for (int g = parts.grantStart[n]; g < parts.grantStart[n + 1]; g++) {
        String action = parts.texts.get(parts.grantPermissions[g]);
        String resource = parts.texts.get(parts.grantResources[g]);
        if (Glob.matchesIgnoringCase(action, ASSUME) && Glob.matches(resource, roleArn)) {
          return true;
        }
      }
      todo.addAll(groups.getOrDefault(n, List.of()));
    }
    return false;
  }

  /** The account of an IAM ARN ({@code arn:aws:iam::ACCOUNT:...}). */
  private static String account(String arn) {
    String[] parts = arn.split(":", 6);
    return parts.length > 4 ? parts[4] : "";
  }
}
