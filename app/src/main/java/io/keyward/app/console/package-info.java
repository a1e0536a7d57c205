/** The console window: shell, navigation, theme and the launch entry point. */
@NullMarked
package io.keyward.app.console;

import org.jspecify.annotations.NullMarked;
