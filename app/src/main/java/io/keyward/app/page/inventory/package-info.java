@NullMarked
package io.keyward.app.page.inventory;

import org.jspecify.annotations.NullMarked;
