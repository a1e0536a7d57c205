/**
 * The Scorecard page: the maturity level as a four-step gauge, every criterion with its evidence a
 * click from the inventory that lists it, what moves the estate up, the history, the thresholds,
 * and the agent policies with their violations.
 */
@NullMarked
package io.keyward.app.page.scorecard;

import org.jspecify.annotations.NullMarked;
