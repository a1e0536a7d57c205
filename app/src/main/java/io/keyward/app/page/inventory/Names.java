package io.keyward.app.page.inventory;

import org.jspecify.annotations.Nullable;

/** Display names of the identities rows refer to; {@code Page::nameOf} is one. */
@FunctionalInterface
public interface Names {
  Names NONE = id -> id == null ? "" : id;

  String of(@Nullable String identityId);
}
