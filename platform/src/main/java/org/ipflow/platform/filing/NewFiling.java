package org.ipflow.platform.filing;

import java.util.List;
import org.ipflow.platform.document.NewDocument;

/**
 * An application as received, already checked for structure (types, known classes, document
 * formats); whether it is complete is for the filing-date and formalities checks to say.
 *
 * @param payment a payment made together with the filing, or {@code null}
 */
public record NewFiling(
    IpRight ipRight, Filing.Content content, List<NewDocument> documents, NewPayment payment) {

  public NewFiling {
    documents = List.copyOf(documents);
  }
}
