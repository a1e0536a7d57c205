package io.keyward.model.lineage;

/** The direct reason an identity could have altered a model version. */
public enum AccessBasis {
  /** It ran a run that wrote the version. */
  RAN_PRODUCING_RUN("ran the producing run"),
  /** It holds write or admin access to a dataset a producing run read. */
  WRITES_INPUT("can write an input dataset"),
  /** It holds write or admin access to the version or its model. */
  WRITES_MODEL("can write the model"),
  /** It holds write or admin access to the whole registry the version lives in. */
  WRITES_REGISTRY("can write the registry");

  private final String words;

  AccessBasis(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
