/**
 * The maturity scorecard: one small rule per criterion of the four steps (ad hoc, foundation,
 * enhanced, adaptive), each PASS, FAIL or UNKNOWN with its evidence, over an in-memory {@link
 * io.keyward.model.scorecard.Estate} narrowed to a {@link io.keyward.model.scorecard.Scope}; the
 * level, what moves the estate up, agent policy violations and the report formats.
 */
@NullMarked
package io.keyward.model.scorecard;

import org.jspecify.annotations.NullMarked;
