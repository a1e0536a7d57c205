/**
 * The scorecard as text, JSON (a documented contract) and one self-contained HTML file; shared by
 * {@code keyward score} and the console's export.
 */
@NullMarked
package io.keyward.model.scorecard.report;

import org.jspecify.annotations.NullMarked;
