package io.keyward.model.json;

/**
 * One thing wrong in a document, precise enough to fix without guessing.
 *
 * @param field where, as a path such as {@code policies[2].max_token_exp_minutes}
 * @param expected what would have been accepted
 * @param found what the document holds there, as JSON, or {@code nothing} when absent
 */
public record FieldError(String field, String expected, String found) {

  public String message() {
    return field + ": expected " + expected + ", found " + found;
  }
}
