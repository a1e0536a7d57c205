/**
 * Agent policies in the JSON form of the domain guide: what each agent may hold, read and do, who
 * answers for it, and how often it is audited. Parsing and validation live here; checking a policy
 * against the estate is the scorecard's.
 */
@NullMarked
package io.keyward.model.policy;

import org.jspecify.annotations.NullMarked;
