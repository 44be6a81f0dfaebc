package org.ipflow.signing;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDefaultObjectFactory;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.tsp.KeyEntityTSPSource;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark (a program, not a test): PAdES-B-T signatures per second of the module's {@link
 * DocumentSigner} and of a bare DSS signing loop with the same key and the same (in-process) TSA,
 * and validations per second, each with 1 and 2 threads. Run from the repository root:
 *
 * <pre>
 * ./mvnw -q -pl signing test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.ipflow.signing.SigningBenchmark
 * </pre>
 *
 * Optional arguments: seconds measured per figure (default 8), warm-up seconds (default 4).
 */
public final class SigningBenchmark {

  private SigningBenchmark() {}

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    Path directory = Files.createTempDirectory("ipflow-signing-benchmark-");
    byte[] pdf = TestPdfs.onePage();
    try (Signing signing = Signing.create(SigningSettings.development(directory.resolve("pki")))) {
      DevelopmentPki pki = signing.pki();
      BareDss bare = new BareDss(pki);
      SigningRequest request = SigningRequest.officeSeal(SignatureLevel.B_T);
      byte[] sealed = signing.signer().signPdf(pdf, request);
      if (!signing.validator().validate(sealed, "b.pdf").totalPassed()
          || !signing.validator().validate(bare.sign(pdf), "b.pdf").totalPassed()) {
        throw new IllegalStateException("the benchmark's signatures do not validate");
      }

      System.out.printf(
          Locale.ROOT,
          "IPFlow signing benchmark: one-page PDF (%d bytes), PAdES-B-T, EC P-256, in-process TSA,"
              + " %d s per figure after %d s warm-up, %d cores%n",
          pdf.length,
          seconds,
          warmUp,
          Runtime.getRuntime().availableProcessors());
      System.out.printf(Locale.ROOT, "%-44s %10s %10s%n", "", "1 thread", "2 threads");
      double[] service = new double[2];
      double[] dss = new double[2];
      double[] validations = new double[2];
      // Warm every code path before anything is measured.
      run(2, warmUp, () -> signing.signer().signPdf(pdf, request));
      run(2, warmUp, () -> bare.sign(pdf));
      run(2, warmUp, () -> signing.validator().validate(sealed, "b.pdf"));
      // The machine is shared: the two signing loops alternate in one-second rounds, so that
      // both see the same conditions and their ratio is meaningful.
      for (int threads = 1; threads <= 2; threads++) {
        long serviceCount = 0;
        long dssCount = 0;
        for (int round = 0; round < seconds; round++) {
          serviceCount += run(threads, 1, () -> signing.signer().signPdf(pdf, request));
          dssCount += run(threads, 1, () -> bare.sign(pdf));
        }
        service[threads - 1] = serviceCount / (double) seconds;
        dss[threads - 1] = dssCount / (double) seconds;
        validations[threads - 1] =
            run(threads, seconds, () -> signing.validator().validate(sealed, "b.pdf"))
                / (double) seconds;
      }
      row("PAdES-B-T signatures/s, DocumentSigner", service);
      row("PAdES-B-T signatures/s, bare DSS loop", dss);
      row(
          "ratio DocumentSigner / bare DSS",
          new double[] {service[0] / dss[0], service[1] / dss[1]});
      row("validations/s (PAdES-B-T, SignatureValidator)", validations);
      bare.close();
    }
  }

  private static void row(String name, double[] values) {
    System.out.printf(Locale.ROOT, "%-44s %10.1f %10.1f%n", name, values[0], values[1]);
  }

  private static long run(int threads, int seconds, Callable<?> operation) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      List<Future<Long>> counts = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        counts.add(
            pool.submit(
                () -> {
                  long count = 0;
                  while (System.nanoTime() < end) {
                    operation.call();
                    count++;
                  }
                  return count;
                }));
      }
      long total = 0;
      for (Future<Long> count : counts) {
        total += count.get();
      }
      return total;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The plain DSS way: PKCS#12 token, PAdESService, same key and same TSA key, no extras. */
  private static final class BareDss implements AutoCloseable {
    private final Pkcs12SignatureToken token;
    private final DSSPrivateKeyEntry key;
    private final KeyEntityTSPSource tsp;

    BareDss(DevelopmentPki pki) throws Exception {
      try (InputStream in = Files.newInputStream(pki.officeSealKeyStoreFile())) {
        token =
            new Pkcs12SignatureToken(
                in,
                new KeyStore.PasswordProtection(
                    pki.keyStorePassword(DevelopmentPki.OFFICE_SEAL_KEYSTORE_FILE)));
      }
      key = token.getKey(DevelopmentPki.OFFICE_SEAL_ALIAS);
      KeyStore.PrivateKeyEntry tsaKey = pki.tsaKey();
      List<X509Certificate> chain =
          Arrays.stream(tsaKey.getCertificateChain()).map(X509Certificate.class::cast).toList();
      tsp =
          new KeyEntityTSPSource(
              tsaKey.getPrivateKey(), (X509Certificate) tsaKey.getCertificate(), chain);
      tsp.setTsaPolicy(DevelopmentPki.DEVELOPMENT_TSA_POLICY_OID);
      tsp.setDigestAlgorithm(DigestAlgorithm.SHA256);
    }

    byte[] sign(byte[] pdf) throws Exception {
      PAdESService service = new PAdESService(new CommonCertificateVerifier(true));
      service.setPdfObjFactory(new PdfBoxDefaultObjectFactory());
      service.setTspSource(tsp);
      PAdESSignatureParameters parameters = new PAdESSignatureParameters();
      parameters.setSignatureLevel(eu.europa.esig.dss.enumerations.SignatureLevel.PAdES_BASELINE_T);
      parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
      parameters.setSigningCertificate(key.getCertificate());
      parameters.setCertificateChain(key.getCertificateChain());
      DSSDocument document = new InMemoryDocument(pdf);
      ToBeSigned data = service.getDataToSign(document, parameters);
      SignatureValue value = token.sign(data, DigestAlgorithm.SHA256, key);
      DSSDocument signed = service.signDocument(document, parameters, value);
      try (InputStream in = signed.openStream()) {
        return in.readAllBytes();
      }
    }

    @Override
    public void close() {
      token.close();
    }
  }
}
