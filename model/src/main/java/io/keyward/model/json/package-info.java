/** Reading JSON documents people write (policies, thresholds) with errors that name the field. */
@NullMarked
package io.keyward.model.json;

import org.jspecify.annotations.NullMarked;
