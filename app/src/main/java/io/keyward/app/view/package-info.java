/** Small view pieces every page shares: badges, empty states, section headings. */
@NullMarked
package io.keyward.app.view;

import org.jspecify.annotations.NullMarked;
