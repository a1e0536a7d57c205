/**
 * OpenLineage run events (spec 2.x) from a file: one event, a JSON array or NDJSON. Events of one
 * run are merged by run id into a lineage record; datasets become resources; runs are linked to
 * identities by configured rules and job ownership facets.
 */
@NullMarked
package io.keyward.connectors.openlineage;

import org.jspecify.annotations.NullMarked;
