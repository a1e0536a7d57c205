/** The local SQLite cache: migrations, sync sessions that write, the repository that reads. */
@NullMarked
package io.keyward.model.cache;

import org.jspecify.annotations.NullMarked;
