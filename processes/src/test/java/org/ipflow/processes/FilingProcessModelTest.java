package org.ipflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.FlowNode;
import org.operaton.bpm.model.bpmn.instance.Message;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.UserTask;

class FilingProcessModelTest {

  private final BpmnModelInstance model = read(FilingProcess.RESOURCE);

  @Test
  void everyActivityConstantNamesAnElementOfTheModel() throws IllegalAccessException {
    for (String id : constants(FilingProcess.Activities.class)) {
      assertThat(model.<FlowNode>getModelElementById(id)).as("flow node %s", id).isNotNull();
    }
  }

  @Test
  void everyFlowNodeOfTheModelHasAConstant() throws IllegalAccessException {
    List<String> constants = constants(FilingProcess.Activities.class);
    assertThat(model.getModelElementsByType(FlowNode.class))
        .extracting(FlowNode::getId)
        .allSatisfy(id -> assertThat(constants).contains(id));
  }

  @Test
  void processKeyAndMessageNamesMatchTheModel() throws IllegalAccessException {
    assertThat(model.getModelElementsByType(Process.class))
        .extracting(Process::getId)
        .containsExactly(FilingProcess.PROCESS_KEY);
    assertThat(model.getModelElementsByType(Message.class))
        .extracting(Message::getName)
        .containsExactlyInAnyOrderElementsOf(constants(FilingProcess.Messages.class));
  }

  @Test
  void examinationTaskIsOfferedToTheTradeMarkExaminersGroup() {
    UserTask task = model.getModelElementById(FilingProcess.Activities.EXAMINE_TRADEMARK);
    assertThat(task.getOperatonCandidateGroups())
        .isEqualTo(FilingProcess.Groups.TRADEMARK_EXAMINERS);
  }

  private static List<String> constants(Class<?> holder) throws IllegalAccessException {
    List<String> values = new ArrayList<>();
    for (Field field : holder.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        values.add((String) field.get(null));
      }
    }
    return values;
  }

  private static BpmnModelInstance read(String resource) {
    try (InputStream in =
        FilingProcessModelTest.class.getClassLoader().getResourceAsStream(resource)) {
      return Bpmn.readModelFromStream(in);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
