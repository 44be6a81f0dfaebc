package org.ipflow.workers.opposition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;

/**
 * Is an opposition admissible: filed within the opposition period, its fee paid, an earlier right
 * identified (and, if it is one of this office's, in the register), and grounds stated? Only an
 * admissible opposition is examined on its merits.
 */
public final class OppositionAdmissibility {

  public static final String TYPE = "opposition-admissibility";
  public static final String VERSION = "1.0.0";
  public static final String ADMISSIBLE = "ADMISSIBLE";
  public static final String INADMISSIBLE = "INADMISSIBLE";
  static final String LEGAL_BASIS =
      "Admissibility of oppositions: time limit, fee, earlier right and grounds (the office's"
          + " trade-mark law; cf. EU Trade Mark Regulation Art. 46)";

  public Decision decide(OppositionInput input) {
    List<Reason> defects = new ArrayList<>();
    if (input.filedOn().isAfter(input.periodLastDay())) {
      defects.add(
          Reason.of(
              "OP01",
              "Filed on "
                  + input.filedOn()
                  + ", after the opposition period ended on "
                  + input.periodLastDay()
                  + ".",
              input.filedOn(),
              input.periodLastDay()));
    }
    if (input.paidMinor() < input.feeDueMinor()) {
      defects.add(
          Reason.of(
              "OP02",
              "The opposition fee of "
                  + BigDecimal.valueOf(input.feeDueMinor(), 2).toPlainString()
                  + " is not paid in full.",
              BigDecimal.valueOf(input.feeDueMinor(), 2).toPlainString()));
    }
    if (input.earlierRight() == null || input.earlierRight().isBlank()) {
      defects.add(new Reason("OP03", "No earlier right is identified."));
    } else if (Boolean.FALSE.equals(input.earlierRightInRegister())) {
      defects.add(
          Reason.of(
              "OP04",
              "The earlier right "
                  + input.earlierRight()
                  + " is not a right in force in the register.",
              input.earlierRight()));
    }
    if (input.grounds() == null || input.grounds().isBlank()) {
      defects.add(new Reason("OP05", "No grounds of opposition are stated."));
    }
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("filedOn", input.filedOn().toString());
    inputs.put("periodLastDay", input.periodLastDay().toString());
    inputs.put("feeDueMinor", input.feeDueMinor());
    inputs.put("paidMinor", input.paidMinor());
    inputs.put("earlierRight", input.earlierRight());
    inputs.put("earlierRightInRegister", input.earlierRightInRegister());
    inputs.put("grounds", input.grounds());
    List<Reason> reasons =
        defects.isEmpty()
            ? List.of(new Reason("OP00", "The opposition is admissible and will be examined."))
            : defects;
    return new Decision(
        TYPE,
        VERSION,
        defects.isEmpty() ? ADMISSIBLE : INADMISSIBLE,
        reasons,
        inputs,
        Map.of(),
        LEGAL_BASIS);
  }
}
