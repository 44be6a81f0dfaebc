package org.ipflow.platform.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.ipflow.processes.FilingProcess;
import org.ipflow.processes.FilingProcess.Activities;
import org.ipflow.processes.FilingProcess.Outcomes;
import org.ipflow.processes.FilingProcess.Variables;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.repository.DeploymentBuilder;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.CallActivity;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.ServiceTask;

/**
 * The engine's own ceiling: copies of every model the platform deploys ({@link
 * FilingProcess#MODELS}), same elements, same async continuations, same timers and call activities,
 * under the keys {@code noop-<key>}, with every service task's delegate replaced by {@link
 * Delegate}. The no-op delegate does no work; it only sets the variables the real worker sets on
 * the fully automated path, so that the gateways take the same path and the engine stores the same
 * variables.
 */
final class NoopModels {

  static final String PREFIX = "noop-";
  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  static final String DELEGATE_BEAN = "processBenchmarkNoopDelegate";

  private NoopModels() {}

  /** The no-op copy's key of a model, e.g. {@code noop-grant-design}. */
  static String key(String processKey) {
    return PREFIX + processKey;
  }

  static void deploy(RepositoryService repository) {
    DeploymentBuilder deployment =
        repository.createDeployment().name("process-benchmark-noop").enableDuplicateFiltering(true);
    for (String processKey : FilingProcess.MODELS) {
      BpmnModelInstance model = read(FilingProcess.resource(processKey));
      Process process = model.getModelElementById(processKey);
      process.setId(key(processKey));
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        if (task.getOperatonDelegateExpression() != null) {
          // The models use the camunda: namespace; the copy gets the operaton: one only.
          task.getDomElement().removeAttribute(CAMUNDA_NS, "delegateExpression");
          task.setOperatonDelegateExpression("${" + DELEGATE_BEAN + "}");
        }
      }
      for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
        // Expressions (${examinationProcess}) are given no-op keys by the case's variables.
        if (!call.getCalledElement().startsWith("$")) {
          call.setCalledElement(key(call.getCalledElement()));
        }
      }
      String xml = Bpmn.convertToString(model);
      if (xml.replace("delegateExpression=\"${" + DELEGATE_BEAN + "}\"", "")
          .contains("delegateExpression")) {
        throw new IllegalStateException("a real delegate is left in the copy of " + processKey);
      }
      deployment.addModelInstance(key(processKey) + ".bpmn", model);
    }
    deployment.deploy();
  }

  private static BpmnModelInstance read(String resource) {
    try (InputStream in = NoopModels.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no " + resource + " on the classpath");
      }
      return Bpmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sets what the real worker of the step sets on the automated path; nothing else. */
  static final class Delegate implements JavaDelegate {

    private static final Map<String, Map<String, Object>> OUTPUTS =
        Map.of(
            Activities.CHECK_FILING_DATE_REQUIREMENTS,
                Map.of(Variables.FILING_DATE_OUTCOME, Outcomes.MET),
            Activities.CHECK_FORMALITIES, Map.of(Variables.FORMALITIES_OUTCOME, Outcomes.COMPLETE),
            Activities.CALCULATE_FEE, Map.of(Variables.FEE_AMOUNT, "100.00 EUR"),
            Activities.MATCH_PAYMENT, Map.of(Variables.PAYMENT_OUTCOME, Outcomes.PAID),
            Activities.CHECK_CLASSIFICATION, Map.of(Variables.CLASSIFICATION_OUTCOME, "CONFIRMED"),
            Activities.DECIDE_ON_AUTOMATED_ACCEPTANCE,
                Map.of(
                    Variables.AUTOMATED_ACCEPTANCE,
                    "ACCEPT_AUTOMATICALLY",
                    Variables.EXAMINATION_OUTCOME,
                    Outcomes.ACCEPT),
            Activities.CHECK_DESIGN_REGISTRABILITY,
                Map.of(
                    Variables.REGISTRABILITY_OUTCOME, Outcomes.REGISTRABLE,
                    Variables.EXAMINATION_OUTCOME, Outcomes.ACCEPT),
            Activities.REGISTER_DESIGN,
                Map.of(
                    Variables.GRANT_OUTCOME,
                    Outcomes.REGISTERED,
                    Variables.DEFER_PUBLICATION_MONTHS,
                    0));

    @Override
    public void execute(DelegateExecution execution) {
      String activity = execution.getCurrentActivityId();
      if (Activities.PUBLISH_TRADEMARK.equals(activity)) {
        Date ends = new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(92).toMillis());
        execution.setVariable(Variables.OPPOSITION_PERIOD_ENDS, ends);
        return;
      }
      OUTPUTS.getOrDefault(activity, Map.of()).forEach(execution::setVariable);
    }
  }
}
