/** Explainable 0-100 risk scores per identity, each with the factors that make it up. */
@NullMarked
package io.keyward.model.risk;

import org.jspecify.annotations.NullMarked;
