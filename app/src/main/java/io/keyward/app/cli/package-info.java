@NullMarked
package io.keyward.app.cli;

import org.jspecify.annotations.NullMarked;
