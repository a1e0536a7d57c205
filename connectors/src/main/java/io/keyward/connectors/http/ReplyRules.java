package io.keyward.connectors.http;

/**
 * How a source says "slow down" and what went wrong. The defaults cover the common HTTP meaning;
 * sources override where they differ (AWS throttles with a 400, Google says RESOURCE_EXHAUSTED).
 */
public interface ReplyRules {
  ReplyRules DEFAULT = new ReplyRules() {};

  /** Whether a failed reply is worth another try: throttling or a passing server fault. */
  default boolean retryable(HttpReply reply) {
    int status = reply.status();
    return status == 408
        || status == 429
        || status == 500
        || status == 502
        || status == 503
        || status == 504;
  }

  /** The source's own words for the failure, taken from its error body where it has one. */
  default String problem(HttpReply reply) {
    String snippet = reply.bodySnippet();
    return "HTTP " + reply.status() + (snippet.isEmpty() ? "" : ": " + snippet);
  }
}
