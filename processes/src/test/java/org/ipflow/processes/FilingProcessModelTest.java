package org.ipflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.CallActivity;
import org.operaton.bpm.model.bpmn.instance.FlowNode;
import org.operaton.bpm.model.bpmn.instance.Message;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.UserTask;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnShape;

class FilingProcessModelTest {

  static List<String> models() {
    return FilingProcess.MODELS;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void everyFlowNodeOfTheModelHasAConstantAndAShape(String key) throws IllegalAccessException {
    BpmnModelInstance model = read(FilingProcess.resource(key));
    List<String> constants = constants(FilingProcess.Activities.class);
    assertThat(model.getModelElementsByType(Process.class))
        .extracting(Process::getId)
        .containsExactly(key);
    Set<String> shapes = new HashSet<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      shapes.add(shape.getBpmnElement().getId());
    }
    assertThat(model.getModelElementsByType(FlowNode.class))
        .extracting(FlowNode::getId)
        .allSatisfy(id -> assertThat(constants).contains(id))
        .allSatisfy(id -> assertThat(shapes).as("diagram shape of %s", id).contains(id));
  }

  @Test
  void everyActivityConstantNamesAnElementOfSomeModel() throws IllegalAccessException {
    Set<String> ids = new HashSet<>();
    for (String key : FilingProcess.MODELS) {
      read(FilingProcess.resource(key))
          .getModelElementsByType(FlowNode.class)
          .forEach(n -> ids.add(n.getId()));
    }
    assertThat(ids).containsAll(constants(FilingProcess.Activities.class));
  }

  @Test
  void flowNodeIdsAreUniqueAcrossTheModels() {
    List<String> ids = new ArrayList<>();
    for (String key : FilingProcess.MODELS) {
      read(FilingProcess.resource(key))
          .getModelElementsByType(FlowNode.class)
          .forEach(n -> ids.add(n.getId()));
    }
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void messagesOfTheModelsAreTheConstants() throws IllegalAccessException {
    Set<String> names = new HashSet<>();
    for (String key : FilingProcess.MODELS) {
      read(FilingProcess.resource(key))
          .getModelElementsByType(Message.class)
          .forEach(m -> names.add(m.getName()));
    }
    assertThat(names).containsExactlyInAnyOrderElementsOf(constants(FilingProcess.Messages.class));
  }

  @Test
  void topLevelProcessCallsTheRightsSubProcessesByName() {
    BpmnModelInstance filing = read(FilingProcess.RESOURCE);
    assertThat(filing.getModelElementsByType(CallActivity.class))
        .extracting(CallActivity::getCalledElement)
        .containsExactlyInAnyOrder("${examinationProcess}", "${grantProcess}");
    for (String right : List.of("TRADEMARK", "DESIGN", "PATENT", "UTILITY_MODEL")) {
      assertThat(FilingProcess.MODELS)
          .contains(FilingProcess.examinationProcess(right), FilingProcess.grantProcess(right));
    }
  }

  @Test
  void examinationTasksAreOfferedToTheirRightsExaminers() {
    assertThat(userTask("examination-trademark", FilingProcess.Activities.EXAMINE_TRADEMARK))
        .isEqualTo(FilingProcess.Groups.TRADEMARK_EXAMINERS);
    assertThat(userTask("examination-design", FilingProcess.Activities.EXAMINE_DESIGN))
        .isEqualTo(FilingProcess.Groups.DESIGN_EXAMINERS);
    assertThat(userTask("examination-patent", FilingProcess.Activities.EXAMINE_PATENT))
        .isEqualTo(FilingProcess.Groups.PATENT_EXAMINERS);
  }

  private static String userTask(String model, String id) {
    UserTask task = read(FilingProcess.resource(model)).getModelElementById(id);
    return task.getOperatonCandidateGroups();
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
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
