package org.ipflow.workers.classification;

/**
 * The classification data shipped in this module, read from the classpath and indexed once per JVM:
 * building the matchers takes a moment, using them does not.
 */
final class ClassificationData {

  static final String NICE_CLASSES = "/classification/nice-classes.tsv";
  static final String NICE_TERMS = "/classification/nice-terms.tsv";
  static final String LOCARNO = "/classification/locarno.tsv";
  static final String IPC = "/classification/ipc.tsv";

  private final NiceClassification nice;
  private final LocarnoClassification locarno;
  private final IpcClassification ipc;

  private ClassificationData() {
    nice = new NiceClassification(DataFile.load(NICE_CLASSES), DataFile.load(NICE_TERMS));
    locarno = new LocarnoClassification(DataFile.load(LOCARNO));
    ipc = new IpcClassification(DataFile.load(IPC));
  }

  private static final class Holder {
    static final ClassificationData INSTANCE = new ClassificationData();
  }

  static ClassificationData shared() {
    return Holder.INSTANCE;
  }

  NiceClassification nice() {
    return nice;
  }

  LocarnoClassification locarno() {
    return locarno;
  }

  IpcClassification ipc() {
    return ipc;
  }
}
