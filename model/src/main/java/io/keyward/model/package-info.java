@NullMarked
package io.keyward.model;

import org.jspecify.annotations.NullMarked;
