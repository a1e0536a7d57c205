/** The Revocations page: revoke with a preflight, and the audit log of every attempt. */
@NullMarked
package io.keyward.app.page.revocations;

import org.jspecify.annotations.NullMarked;
