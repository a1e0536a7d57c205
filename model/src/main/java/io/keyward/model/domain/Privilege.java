package io.keyward.model.domain;

/** How much a grant lets its holder do, ordered from least to most. */
public enum Privilege {
  READ,
  WRITE,
  ADMIN
}
