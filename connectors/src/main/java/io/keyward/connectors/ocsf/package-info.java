/** OCSF Detection Findings (class 2004) from a file: JSON, a JSON array or NDJSON. */
@NullMarked
package io.keyward.connectors.ocsf;

import org.jspecify.annotations.NullMarked;
