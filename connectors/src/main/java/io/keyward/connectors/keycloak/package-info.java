/**
 * Keycloak realms over the Admin REST API (26.x) and from realm export files: users, clients and
 * their service-account users, groups, effective role mappings, sessions and events.
 */
@NullMarked
package io.keyward.connectors.keycloak;

import org.jspecify.annotations.NullMarked;
