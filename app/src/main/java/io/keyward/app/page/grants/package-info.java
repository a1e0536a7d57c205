@NullMarked
package io.keyward.app.page.grants;

import org.jspecify.annotations.NullMarked;
