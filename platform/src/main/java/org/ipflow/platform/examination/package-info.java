/**
 * The examiners' work: the tasks of their queues and their decisions, each written to the decision
 * ledger in the transaction that completes the task.
 */
package org.ipflow.platform.examination;
