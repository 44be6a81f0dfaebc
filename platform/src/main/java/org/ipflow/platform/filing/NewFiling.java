package org.ipflow.platform.filing;

import java.util.List;
import org.ipflow.platform.document.NewDocument;

/**
 * An application as received, already checked for structure (types, known classes, document
 * formats); whether it is complete is for the formalities check to say.
 */
public record NewFiling(
    IpRight ipRight,
    Filing.Applicant applicant,
    Filing.Mark mark,
    List<Filing.ClassTerms> goodsAndServices,
    List<NewDocument> documents) {

  public NewFiling {
    goodsAndServices = List.copyOf(goodsAndServices);
    documents = List.copyOf(documents);
  }
}
