package io.keyward.connectors.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.connectors.FileImport;
import io.keyward.connectors.SyncContext;
import io.keyward.connectors.gcp.GcpWire.ServiceAccount;
import io.keyward.connectors.gcp.GcpWire.ServiceAccountPage;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.SourceKind;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A project's service accounts as {@code gcloud iam service-accounts list --format=json} prints
 * them (a bare array) or as the REST list returns them ({@code {"accounts":[...]}}), filed under
 * {@code gcp:PROJECT}, the id a live sync of the project uses.
 */
final class ServiceAccountsImport implements FileImport {
  @Override
  public String name() {
    return "gcp-service-accounts";
  }

  @Override
  public SourceKind kind() {
    return SourceKind.GCP_IAM;
  }

  @Override
  public String description() {
    return "service accounts of one GCP project: gcloud iam service-accounts list --format=json,"
        + " or the REST reply {\"accounts\":[...]}";
  }

  @Override
  public void read(Path file, @Nullable String sourceId, SyncContext context) {
    GcpFile input = new GcpFile(file, sourceId != null ? sourceId : name());
    context.phase("reading " + file.getFileName());
    List<ServiceAccount> accounts = accounts(input, input.json());
    String project = project(input, accounts, sourceId);
    String id = sourceId != null ? sourceId : "gcp:" + project;
    List<Identity> identities;
    try {
      identities = new GcpMapper(id, project, Instant.now()).serviceAccounts(accounts);
    } catch (IllegalArgumentException e) {
      throw input.problem(null, e.getMessage());
    }
    context.load(
        GcpFile.source(id, "GCP " + project, project), sink -> identities.forEach(sink::add));
  }

  private static List<ServiceAccount> accounts(GcpFile input, JsonNode json) {
    if (json.isArray()) {
      List<ServiceAccount> accounts = new ArrayList<>();
      for (int i = 0; i < json.size(); i++) {
        accounts.add(input.convert(json.get(i), ServiceAccount.class, "item " + (i + 1)));
      }
      return accounts;
    }
    if (json.isObject() && (json.has("accounts") || json.isEmpty())) {
      return input.convert(json, ServiceAccountPage.class, null).accounts();
    }
    throw input.problem(
        null, "neither a gcloud list (a JSON array) nor a REST reply ({\"accounts\":[...]})");
  }

  /** The one project the accounts belong to, or the one the source id names. */
  private static String project(
      GcpFile input, List<ServiceAccount> accounts, @Nullable String sourceId) {
    Set<String> projects = new TreeSet<>();
    for (ServiceAccount account : accounts) {
      if (account.projectId() != null) {
        projects.add(account.projectId());
      } else if (account.email() != null && GcpFile.projectOfEmail(account.email()) != null) {
        projects.add(GcpFile.projectOfEmail(account.email()));
      }
    }
    if (projects.size() == 1) {
      return projects.iterator().next();
    }
    String named = GcpFile.projectOfSourceId(sourceId);
    if (named != null) {
      return named;
    }
    throw input.problem(
        null,
        (projects.isEmpty()
                ? "the file names no project"
                : "the accounts belong to several projects " + projects)
            + "; give --source-id gcp:PROJECT");
  }
}
