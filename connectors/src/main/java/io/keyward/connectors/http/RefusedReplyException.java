package io.keyward.connectors.http;

import io.keyward.connectors.SourceException;
import org.jspecify.annotations.Nullable;

/**
 * A source answered with a status that is not worth retrying (403, 404, 400...). It carries the
 * status so a caller can read a refusal as an answer, e.g. a 404 on a preview endpoint as "this
 * tenant has none".
 */
public final class RefusedReplyException extends SourceException {
  private final int status;

  public RefusedReplyException(
      String source, String endpoint, @Nullable String item, int status, String problem) {
    super(source, endpoint, item, problem);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
