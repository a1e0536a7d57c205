/**
 * Actual use of access: which grants the access events (or the source's own last-use report) show
 * exercised within a window, which sit unused, which cannot be told, and for one identity what it
 * holds against what it was seen doing. See docs/usage.md.
 */
@NullMarked
package io.keyward.model.usage;

import org.jspecify.annotations.NullMarked;
