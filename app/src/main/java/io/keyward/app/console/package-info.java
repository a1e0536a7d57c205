@NullMarked
package io.keyward.app.console;

import org.jspecify.annotations.NullMarked;
