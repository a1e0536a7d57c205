package io.keyward.model.json;

import java.util.List;
import java.util.stream.Collectors;

/** A document was refused; {@link #errors()} lists every reason, not just the first. */
public final class InvalidDocumentException extends IllegalArgumentException {
  private final List<FieldError> errors;

  public InvalidDocumentException(String what, List<FieldError> errors) {
    super(
        what
            + " is invalid: "
            + errors.stream().map(FieldError::message).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
