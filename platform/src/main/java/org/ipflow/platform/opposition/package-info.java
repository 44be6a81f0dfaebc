/**
 * Oppositions against published marks: filed by anyone who holds an earlier right, examined for
 * admissibility, exchanged between the parties with time limits, and decided; a process of their
 * own that informs the opposed mark's procedure of its outcome.
 */
package org.ipflow.platform.opposition;
