/**
 * The Lineage page: each model version with the runs that produced it, their identities and input
 * datasets, who could have altered it and through which delegation chain; and what an identity's
 * runs touched.
 */
@NullMarked
package io.keyward.app.page.lineage;

import org.jspecify.annotations.NullMarked;
