/**
 * Lineage analysis over the cache: which runs produced a model version from which datasets, what an
 * identity touched, and who could have altered a model version through runs, write grants and
 * delegation chains.
 */
@NullMarked
package io.keyward.model.lineage;

import org.jspecify.annotations.NullMarked;
