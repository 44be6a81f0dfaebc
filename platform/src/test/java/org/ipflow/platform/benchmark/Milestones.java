package org.ipflow.platform.benchmark;

import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.ipflow.processes.FilingProcess.Activities;
import org.operaton.bpm.engine.delegate.ExecutionListener;
import org.operaton.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.cfg.TransactionState;
import org.operaton.bpm.engine.impl.context.Context;
import org.operaton.bpm.engine.impl.pvm.process.ActivityImpl;
import org.operaton.bpm.engine.impl.pvm.process.ScopeImpl;
import org.operaton.bpm.engine.impl.util.xml.Element;

/**
 * Tells the benchmark when a case reached its target state, without polling: a parse listener puts
 * an execution listener on the two target activities of every deployed model (the platform's and
 * the no-op copies, whose activity ids are the same), and that listener notes the time when the
 * engine's transaction <em>commits</em>, i.e. when the state is visible to anyone.
 *
 * <ul>
 *   <li>a mark: the case waits for the end of the opposition period (the start of {@code
 *       OppositionPeriodExpired}, committed with the publication);
 *   <li>a design: {@code RegisterDesign} ended (status REGISTERED, committed before the
 *       certificate's own job).
 * </ul>
 *
 * Cases are keyed by their business key (the application number).
 */
final class Milestones extends AbstractProcessEnginePlugin {

  private final ConcurrentMap<String, CompletableFuture<Long>> reached = new ConcurrentHashMap<>();

  private final ExecutionListener listener =
      execution -> {
        String key = execution.getProcessBusinessKey();
        Context.getCommandContext()
            .getTransactionContext()
            .addTransactionListener(
                TransactionState.COMMITTED, context -> future(key).complete(System.nanoTime()));
      };

  /** Completes with {@link System#nanoTime()} when the case of {@code businessKey} is there. */
  CompletableFuture<Long> future(String businessKey) {
    return reached.computeIfAbsent(businessKey, k -> new CompletableFuture<>());
  }

  void forget(String businessKey) {
    reached.remove(businessKey);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration
        .getCustomPostBPMNParseListeners()
        .add(
            new AbstractBpmnParseListener() {
              @Override
              public void parseIntermediateCatchEvent(
                  Element element, ScopeImpl scope, ActivityImpl activity) {
                if (Activities.OPPOSITION_PERIOD_EXPIRED.equals(activity.getId())) {
                  activity.addListener(ExecutionListener.EVENTNAME_START, listener);
                }
              }

              @Override
              public void parseServiceTask(
                  Element element, ScopeImpl scope, ActivityImpl activity) {
                if (Activities.REGISTER_DESIGN.equals(activity.getId())) {
                  activity.addListener(ExecutionListener.EVENTNAME_END, listener);
                }
              }
            });
  }
}
