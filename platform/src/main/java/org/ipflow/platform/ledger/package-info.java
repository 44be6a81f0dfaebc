/**
 * The decision ledger: one row per decision, automated or human, with what it saw, why it decided,
 * which version of the rules decided and on what legal basis. Insert-only for the platform's
 * database role.
 */
package org.ipflow.platform.ledger;
