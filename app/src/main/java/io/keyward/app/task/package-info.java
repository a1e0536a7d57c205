/** Background work for the console: one seam, an FX implementation and an inline one for tests. */
@NullMarked
package io.keyward.app.task;

import org.jspecify.annotations.NullMarked;
