@NullMarked
package io.keyward.app.page.detail;

import org.jspecify.annotations.NullMarked;
