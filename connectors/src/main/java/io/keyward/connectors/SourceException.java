package io.keyward.connectors;

import org.jspecify.annotations.Nullable;

/**
 * A source could not be read: which source, which endpoint or file, which item, and what was wrong,
 * in one line a user can act on. Never carries a secret: callers pass ids, not credentials.
 *
 * @see #getMessage()
 */
public class SourceException extends RuntimeException {
  private final String source;
  private final String endpoint;
  private final @Nullable String item;
  private final String problem;

  public SourceException(String source, String endpoint, @Nullable String item, String problem) {
    this(source, endpoint, item, problem, null);
  }

  public SourceException(
      String source,
      String endpoint,
      @Nullable String item,
      String problem,
      @Nullable Throwable cause) {
    super(format(source, endpoint, item, problem), cause);
    this.source = source;
    this.endpoint = endpoint;
    this.item = item;
    this.problem = problem;
  }

  private static String format(
      String source, String endpoint, @Nullable String item, String problem) {
    return source + ": " + endpoint + (item == null ? "" : " (" + item + ")") + ": " + problem;
  }

  public String source() {
    return source;
  }

  /** The request ({@code GET /admin/realms/x/users}) or file the failure came from. */
  public String endpoint() {
    return endpoint;
  }

  public @Nullable String item() {
    return item;
  }

  public String problem() {
    return problem;
  }
}
