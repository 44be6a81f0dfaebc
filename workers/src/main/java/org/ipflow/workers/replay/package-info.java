/**
 * Replay of automated decisions: every decision type and every version still loadable, re-run from
 * the input snapshot a ledger row recorded, and compared with what that row says was decided.
 */
package org.ipflow.workers.replay;
