/**
 * AWS GuardDuty findings from a file, as {@code aws guardduty get-findings} prints them
 * (PascalCase), as the API and EventBridge send them (camelCase), or one per line.
 */
@NullMarked
package io.keyward.connectors.guardduty;

import org.jspecify.annotations.NullMarked;
