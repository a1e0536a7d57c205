package io.keyward.connectors.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.connectors.FileImport;
import io.keyward.connectors.MappedItems;
import io.keyward.connectors.SyncContext;
import io.keyward.connectors.gcp.GcpWire.Binding;
import io.keyward.connectors.gcp.GcpWire.Policy;
import io.keyward.model.domain.SourceKind;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A project IAM policy as {@code gcloud projects get-iam-policy PROJECT --format=json} or the REST
 * {@code getIamPolicy} prints it, filed under {@code gcp:PROJECT:iam-policy} so it does not replace
 * the accounts import ({@code gcp:PROJECT}). Grants of the project's own service accounts point at
 * the identities that import loaded, so it must come first; every other member becomes an identity
 * of this source.
 */
final class IamPolicyImport implements FileImport {
  /** How many missing accounts an error lists before it says "and N more". */
  private static final int LISTED = 5;

  @Override
  public String name() {
    return "gcp-iam-policy";
  }

  @Override
  public SourceKind kind() {
    return SourceKind.GCP_IAM;
  }

  @Override
  public String description() {
    return "a GCP project IAM policy: gcloud projects get-iam-policy PROJECT --format=json;"
        + " import gcp-service-accounts first";
  }

  @Override
  public void read(Path file, @Nullable String sourceId, SyncContext context) {
    GcpFile input = new GcpFile(file, sourceId != null ? sourceId : name());
    context.phase("reading " + file.getFileName());
    JsonNode json = input.json();
    if (!json.isObject() || !(json.has("bindings") || json.has("etag"))) {
      throw input.problem(null, "not an IAM policy (no bindings or etag)");
    }
    Policy policy = input.convert(json, Policy.class, null);
    String project = project(policy, input, sourceId);
    Map<String, String> accounts = serviceAccountIds(policy, project);
    String id = sourceId != null ? sourceId : accountsSource(project) + ":iam-policy";

    Set<String> imported = context.identityIds(accountsSource(project));
    Map<String, String> known = new LinkedHashMap<>(accounts);
    known.values().retainAll(imported);
    List<String> required =
        accounts.keySet().stream()
            .filter(email -> !known.containsKey(email))
            .filter(email -> project.equals(GcpFile.projectOfEmail(email)))
            .toList();
    if (!required.isEmpty()) {
      throw input.problem(
          null,
          "the policy binds service accounts of project "
              + project
              + " that the cache does not hold ("
              + shortList(required)
              + "); import gcp-service-accounts for project "
              + project
              + " first");
    }

    MappedItems mapped;
    try {
      mapped = new GcpMapper(id, project, Instant.now()).projectPolicy(policy, known);
    } catch (IllegalArgumentException e) {
      throw input.problem(null, e.getMessage());
    }
    context.load(GcpFile.source(id, "GCP " + project + " IAM policy", project), mapped::writeTo);
  }

  /**
   * The project: the one its own service accounts' emails name, else the one {@code sourceId}
   * names. A policy file does not say which project it came from.
   */
  private static String project(Policy policy, GcpFile input, @Nullable String sourceId) {
    String named = GcpFile.projectOfSourceId(sourceId);
    if (named != null) {
      return named;
    }
    Set<String> projects = new TreeSet<>();
    for (String email : serviceAccountEmails(policy)) {
      String project = GcpFile.projectOfEmail(email);
      if (project != null) {
        projects.add(project);
      }
    }
    if (projects.size() == 1) {
      return projects.iterator().next();
    }
    throw input.problem(
        null,
        "the policy does not name its project and its service accounts "
            + (projects.isEmpty() ? "do not tell it" : "belong to several: " + projects)
            + "; give --source-id gcp:PROJECT:iam-policy");
  }

  /**
   * Where the identity of each service-account member would be if the accounts import loaded it:
   * {@code gcp:PROJECT:sa/EMAIL}, the id the accounts import and a live sync give it.
   */
  private static Map<String, String> serviceAccountIds(Policy policy, String project) {
    Map<String, String> ids = new LinkedHashMap<>();
    for (String email : serviceAccountEmails(policy)) {
      ids.put(email, accountsSource(project) + ":sa/" + email);
    }
    return ids;
  }

  /** Where the accounts import files a project's accounts, as a live sync of it would. */
  private static String accountsSource(String project) {
    return "gcp:" + project;
  }

  private static Set<String> serviceAccountEmails(Policy policy) {
    Set<String> emails = new TreeSet<>();
    for (Binding binding : policy.bindings()) {
      for (String member : binding.members()) {
        String email = PolicyMember.parse(member).serviceAccount();
        if (email != null) {
          emails.add(email);
        }
      }
    }
    return emails;
  }

  private static String shortList(List<String> emails) {
    String shown = emails.stream().limit(LISTED).collect(Collectors.joining(", "));
    return emails.size() <= LISTED ? shown : shown + " and " + (emails.size() - LISTED) + " more";
  }
}
