/** The view of a snapshot comparison: what changed per kind, and the maturity level. */
@NullMarked
package io.keyward.app.page.snapshot;

import org.jspecify.annotations.NullMarked;
