/** The domain: immutable records validated at construction, enums for closed sets. */
@NullMarked
package io.keyward.model.domain;

import org.jspecify.annotations.NullMarked;
