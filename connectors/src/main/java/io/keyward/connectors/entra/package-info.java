/**
 * Microsoft Entra ID through Microsoft Graph v1.0: users, groups, service principals, applications
 * and agent identities with their credentials, app role and directory role grants, and delegated
 * consents.
 */
@NullMarked
package io.keyward.connectors.entra;

import org.jspecify.annotations.NullMarked;
