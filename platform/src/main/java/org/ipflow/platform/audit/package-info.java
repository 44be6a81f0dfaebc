/**
 * The audit trail: who read or changed which filing, document, notice, decision, task or model,
 * when, from where, in which role and with what outcome, denials included. Append-only for the
 * platform's database role; admins read and export it.
 */
package org.ipflow.platform.audit;
