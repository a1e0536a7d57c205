@NullMarked
package io.keyward.app.page.identities;

import org.jspecify.annotations.NullMarked;
