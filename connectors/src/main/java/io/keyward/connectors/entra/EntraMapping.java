package io.keyward.connectors.entra;

import io.keyward.connectors.MappedItems;

/**
 * A tenant mapped to the model.
 *
 * @param leftOut grants Graph reported for principals this sync did not load (deleted objects,
 *     devices), left out so the cache holds no dangling grant
 */
record EntraMapping(MappedItems items, int leftOut) {}
