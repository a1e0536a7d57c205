@NullMarked
package io.keyward.app.page.upcoming;

import org.jspecify.annotations.NullMarked;
