@NullMarked
package io.keyward.app.page.delegations;

import org.jspecify.annotations.NullMarked;
