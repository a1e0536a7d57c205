package io.keyward.model.scorecard;

/** Roughly what fixing one item of a criterion takes; ranks "what moves you up". */
public enum Effort {
  /** A record to complete: assign an owner, close an alert, write a policy. */
  LOW(1),
  /** A change to access: rotate a key, narrow a grant, add a condition. */
  MEDIUM(3),
  /** A change to how things run: a new identity, a feed, a pipeline, a revocation process. */
  HIGH(8);

  private final int weight;

  Effort(int weight) {
    this.weight = weight;
  }

  /** Points per item fixed; connecting a missing source counts as one HIGH item. */
  public int weight() {
    return weight;
  }
}
