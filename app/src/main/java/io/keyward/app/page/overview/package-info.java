@NullMarked
package io.keyward.app.page.overview;

import org.jspecify.annotations.NullMarked;
