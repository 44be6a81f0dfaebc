package org.ipflow.platform.engine;

import java.util.UUID;
import org.ipflow.platform.ledger.EngineStep;

/**
 * What a task handler sees of the engine: the step it runs in and the case's variables. Operaton's
 * delegate execution is one implementation; an out-of-process or Zeebe job worker would be another.
 */
public interface TaskContext {

  EngineStep step();

  UUID filingId();

  Object variable(String name);

  void setVariable(String name, Object value);
}
