/** The incident timeline of an identity or credential, shown inside the detail panes. */
@NullMarked
package io.keyward.app.page.timeline;

import org.jspecify.annotations.NullMarked;
