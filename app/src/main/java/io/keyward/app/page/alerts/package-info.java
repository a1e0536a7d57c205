@NullMarked
package io.keyward.app.page.alerts;

import org.jspecify.annotations.NullMarked;
