/** The incident timeline: what happened to an identity or a credential, in time order. */
@NullMarked
package io.keyward.model.timeline;

import org.jspecify.annotations.NullMarked;
