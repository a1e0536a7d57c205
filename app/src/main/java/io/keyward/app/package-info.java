@NullMarked
package io.keyward.app;

import org.jspecify.annotations.NullMarked;
