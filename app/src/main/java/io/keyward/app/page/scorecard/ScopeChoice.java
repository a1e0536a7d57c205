package io.keyward.app.page.scorecard;

import io.keyward.model.scorecard.Scope;

/** A scope as the scope picker lists it. */
public record ScopeChoice(String label, Scope scope) {
  @Override
  public String toString() {
    return label;
  }
}
