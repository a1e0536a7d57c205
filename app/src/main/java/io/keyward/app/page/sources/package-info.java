@NullMarked
package io.keyward.app.page.sources;

import org.jspecify.annotations.NullMarked;
