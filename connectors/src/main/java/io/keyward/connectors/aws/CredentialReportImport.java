package io.keyward.connectors.aws;

import io.keyward.connectors.FileImport;
import io.keyward.connectors.SourceException;
import io.keyward.connectors.SyncContext;
import io.keyward.connectors.aws.CredentialReport.Row;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code aws-credential-report}: the CSV of {@code aws iam get-credential-report}, imported as its
 * own source {@code aws:ACCOUNT:credential-report} so it never wipes the {@code aws-authz} import
 * it enriches. Its access keys and certificates belong to the users that import loaded ({@code
 * aws:ACCOUNT}, or the id before {@code :credential-report} when a source id is given); the root
 * user, which only the report shows, is its own.
 */
final class CredentialReportImport implements FileImport {
  static final String SUFFIX = ":credential-report";

  @Override
  public String name() {
    return "aws-credential-report";
  }

  @Override
  public SourceKind kind() {
    return SourceKind.AWS_IAM;
  }

  @Override
  public String description() {
    return "AWS IAM credential report CSV (aws iam get-credential-report --query Content"
        + " --output text | base64 -d); import aws-authz first";
  }

  @Override
  public void read(Path file, @Nullable String sourceId, SyncContext context) {
    String label = sourceId == null ? name() : sourceId;
    context.phase("reading " + file.getFileName());
    CredentialReport report;
    try {
      report = CredentialReport.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new SourceException(label, file.toString(), null, "cannot read: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new SourceException(label, file.toString(), null, e.getMessage(), e);
    }
    String account =
        report.rows().stream()
            .map(Row::arn)
            .flatMap(arn -> Arn.account(arn).stream())
            .findFirst()
            .orElseThrow(
                () ->
                    new SourceException(
                        label, file.toString(), null, "no row has an ARN naming the account"));
    String id = sourceId == null ? "aws:" + account + SUFFIX : sourceId;
    String users =
        id.endsWith(SUFFIX) ? id.substring(0, id.length() - SUFFIX.length()) : "aws:" + account;
    Set<String> known = context.identityIds(users);
    List<Identity> identities = new ArrayList<>();
    List<Credential> credentials = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Row row : report.rows()) {
      if (row.isRoot()) {
        Identity root = ReportCredentials.rootIdentity(id, account, row);
        identities.add(root);
        credentials.addAll(ReportCredentials.of(id, root.id(), root.id(), row, true));
        continue;
      }
      String user = users + ":user/" + row.user();
      if (!known.contains(user)) {
        missing.add(row.user());
        continue;
      }
      credentials.addAll(ReportCredentials.of(id, id + ":user/" + row.user(), user, row, true));
    }
    if (!missing.isEmpty()) {
      throw new SourceException(
          id,
          file.toString(),
          "user " + missing.get(0),
          missing.size()
              + " user(s) of the report are not in the cache under "
              + users
              + " ("
              + String.join(", ", missing.subList(0, Math.min(5, missing.size())))
              + (missing.size() > 5 ? ", ..." : "")
              + "): import aws-authz first, from the same day as the report");
    }
    context.advance(report.rows().size());
    context.load(
        new Source(
            id, SourceKind.AWS_IAM, "AWS " + account + " credential report", "account " + account),
        sink -> {
          identities.forEach(sink::add);
          credentials.forEach(sink::add);
        });
  }
}
