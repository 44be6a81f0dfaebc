/**
 * The engine adapters: each task of the procedure is a handler named after it, written against the
 * engine-neutral {@link org.ipflow.platform.engine.TaskContext}; a thin base class adapts it to
 * Operaton's {@code JavaDelegate}. Automated decisions come from the pure workers and are written
 * to the ledger once per activity instance.
 */
package org.ipflow.platform.engine;
