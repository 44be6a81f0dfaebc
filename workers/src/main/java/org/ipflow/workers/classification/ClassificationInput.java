package org.ipflow.workers.classification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What the classification check looks at: the right applied for and the classification as filed.
 * Only the fields of that right are used; the factory methods fill the others with empty values.
 *
 * @param right the right applied for
 * @param goodsAndServices for a trade mark: the goods and services, grouped by declared Nice class
 * @param designs for a design: one entry per design, with its Locarno class and product
 * @param ipcSymbols for a patent or utility model: the IPC symbols as filed (may be empty)
 * @param title for a patent or utility model: the title of the invention
 * @param abstractText for a patent or utility model: the abstract, if any
 */
public record ClassificationInput(
    IpRight right,
    List<NiceClaim> goodsAndServices,
    List<DesignClaim> designs,
    List<String> ipcSymbols,
    String title,
    String abstractText) {

  public ClassificationInput {
    Objects.requireNonNull(right, "right");
    goodsAndServices = copy(goodsAndServices);
    designs = copy(designs);
    ipcSymbols = copy(ipcSymbols);
  }

  public static ClassificationInput trademark(List<NiceClaim> goodsAndServices) {
    return new ClassificationInput(IpRight.TRADEMARK, goodsAndServices, null, null, null, null);
  }

  public static ClassificationInput design(List<DesignClaim> designs) {
    return new ClassificationInput(IpRight.DESIGN, null, designs, null, null, null);
  }

  public static ClassificationInput patent(
      List<String> ipcSymbols, String title, String abstractText) {
    return new ClassificationInput(IpRight.PATENT, null, null, ipcSymbols, title, abstractText);
  }

  public static ClassificationInput utilityModel(
      List<String> ipcSymbols, String title, String abstractText) {
    return new ClassificationInput(
        IpRight.UTILITY_MODEL, null, null, ipcSymbols, title, abstractText);
  }

  /**
   * Goods or services claimed under one Nice class.
   *
   * @param niceClass the class as filed, or null when the applicant left these terms unclassified
   *     and the office is to suggest a class for each
   * @param terms the goods or services, as worded by the applicant
   */
  public record NiceClaim(Integer niceClass, List<String> terms) {
    public NiceClaim {
      terms = copy(terms);
    }
  }

  /**
   * One design: the product it is applied to and its Locarno classification.
   *
   * @param locarno the class and subclass as filed ("06-01"), or null to have one suggested
   * @param product the indication of the product, as worded by the applicant
   */
  public record DesignClaim(String locarno, String product) {}

  // Null elements are kept (a missing term is part of what the check saw), so no List.copyOf.
  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
  }
}
