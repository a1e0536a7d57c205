package io.keyward.connectors.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.keyward.connectors.FileImport;
import io.keyward.connectors.MappedItems;
import io.keyward.connectors.SourceException;
import io.keyward.connectors.SyncContext;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * {@code aws-authz}: the JSON {@code aws iam get-account-authorization-details > authz.json}
 * prints, imported as source {@code aws:ACCOUNT} (the account read from the ARNs) unless a source
 * id is given.
 */
final class AuthorizationImport implements FileImport {
  @Override
  public String name() {
    return "aws-authz";
  }

  @Override
  public SourceKind kind() {
    return SourceKind.AWS_IAM;
  }

  @Override
  public String description() {
    return "AWS IAM users, groups, roles and policies: the JSON of"
        + " 'aws iam get-account-authorization-details'";
  }

  @Override
  public void read(Path file, @Nullable String sourceId, SyncContext context) {
    String label = sourceId == null ? name() : sourceId;
    context.phase("reading " + file.getFileName());
    AuthorizationDetails details;
    try {
      details = AuthorizationJson.read(file);
    } catch (JsonProcessingException e) {
      throw new SourceException(
          label,
          file.toString(),
          null,
          "malformed JSON at line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new SourceException(label, file.toString(), null, "cannot read: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new SourceException(label, file.toString(), null, e.getMessage(), e);
    }
    context.advance(details.size());
    String account =
        details
            .accountId()
            .orElseThrow(
                () ->
                    new SourceException(
                        label,
                        file.toString(),
                        null,
                        "no user, group or role ARN names the account; is this the output of"
                            + " get-account-authorization-details?"));
    String id = sourceId == null ? "aws:" + account : sourceId;
    MappedItems mapped;
    try {
      mapped = new AccountMapper(id, account).map(details, null, null);
    } catch (IllegalArgumentException e) {
      throw new SourceException(id, file.toString(), null, e.getMessage(), e);
    }
    context.load(
        new Source(id, SourceKind.AWS_IAM, "AWS " + account + " (imported)", "account " + account),
        mapped::writeTo);
  }
}
