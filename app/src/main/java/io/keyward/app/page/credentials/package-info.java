@NullMarked
package io.keyward.app.page.credentials;

import org.jspecify.annotations.NullMarked;
