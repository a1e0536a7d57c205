@NullMarked
package io.keyward.connectors;

import org.jspecify.annotations.NullMarked;
