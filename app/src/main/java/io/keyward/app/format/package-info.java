/** How values are written for people and for spreadsheets. */
@NullMarked
package io.keyward.app.format;

import org.jspecify.annotations.NullMarked;
