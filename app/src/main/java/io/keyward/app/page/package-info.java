/** One package per console page: a code-built view and its headless-testable view model. */
@NullMarked
package io.keyward.app.page;

import org.jspecify.annotations.NullMarked;
