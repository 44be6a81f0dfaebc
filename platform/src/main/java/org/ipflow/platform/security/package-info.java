/**
 * Who is calling: the platform is an OAuth2 resource server for Keycloak's tokens. Realm roles say
 * what a user may do; Keycloak groups (the {@code groups} claim) say which examination queues they
 * work.
 */
package org.ipflow.platform.security;
