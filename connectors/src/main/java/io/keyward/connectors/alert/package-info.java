/**
 * What the alert feeds (OCSF, GuardDuty, CAEP) share: reading a file of events (one object, an
 * array or one per line), matching the identifiers an event names to the cache's identities and
 * credentials, and loading the alerts, matched or visibly unmatched.
 */
@NullMarked
package io.keyward.connectors.alert;

import org.jspecify.annotations.NullMarked;
