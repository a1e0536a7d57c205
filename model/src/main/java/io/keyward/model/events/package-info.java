/**
 * What access events show about credentials in use: the lifetimes sessions were actually issued
 * with and how long each was used, per agent.
 */
@NullMarked
package io.keyward.model.events;

import org.jspecify.annotations.NullMarked;
