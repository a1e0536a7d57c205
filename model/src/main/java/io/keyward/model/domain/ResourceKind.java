package io.keyward.model.domain;

public enum ResourceKind {
  DATASET,
  MODEL,
  MODEL_VERSION,
  BUCKET,
  API,
  SECRET_STORE
}
