package org.ipflow.platform.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ipflow.platform.document.DocumentKind;
import org.ipflow.platform.document.DocumentStore;
import org.ipflow.platform.document.NewDocument;
import org.ipflow.platform.document.StoredDocument;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.platform.office.OfficeProperties;
import org.ipflow.signing.DocumentSigner;
import org.ipflow.signing.SignatureLevel;
import org.ipflow.signing.SignerRole;
import org.ipflow.signing.SigningRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the certificate of registration: a PDF sealed with the office's seal at PAdES-B-T, then
 * augmented to the long-term level configured for certificates (B-LTA unless configured).
 */
@Service
public class RegistrationCertificates {

  private final FilingService filings;
  private final DocumentStore documents;
  private final DocumentSigner signer;
  private final OfficeProperties office;
  private final OfficeClock clock;
  private final SignatureAugmentation augmentation;

  RegistrationCertificates(
      FilingService filings,
      DocumentStore documents,
      DocumentSigner signer,
      OfficeProperties office,
      OfficeClock clock,
      SignatureAugmentation augmentation) {
    this.augmentation = augmentation;
    this.filings = filings;
    this.documents = documents;
    this.signer = signer;
    this.office = office;
    this.clock = clock;
  }

  /** Issues the certificate once; a second call returns the one already issued. */
  @Transactional
  public StoredDocument issue(UUID filingId, String actor) {
    var existing = documents.findKind(filingId, DocumentKind.REGISTRATION_CERTIFICATE);
    if (existing.isPresent()) {
      return existing.get();
    }
    Filing filing = filings.get(filingId);
    if (filing.registration() == null) {
      throw new IllegalStateException(filing.applicationNumber() + " is not registered");
    }
    byte[] pdf = CertificatePdf.render(title(filing), office.name(), lines(filing));
    byte[] sealed =
        signer.signPdf(
            pdf,
            new SigningRequest(
                SignerRole.OFFICE_SEAL,
                SignatureLevel.B_T,
                "Certificate of registration " + filing.registration().number(),
                office.name()));
    StoredDocument certificate =
        documents.store(
            filingId,
            new NewDocument(
                DocumentKind.REGISTRATION_CERTIFICATE,
                "registration-certificate-" + filing.registration().number() + ".pdf",
                "application/pdf",
                sealed),
            clock.now());
    Optional<SignatureLevel> longTerm = augmentation.scheduleLongTerm(certificate);
    filings.recordEvent(
        filingId,
        "CERTIFICATE_ISSUED",
        "Certificate of registration issued, sealed by the office (PAdES-B-T)"
            + longTerm
                .map(
                    level ->
                        "; its long-term version ("
                            + level.name().replace('_', '-')
                            + ")"
                            + " follows.")
                .orElse("."),
        actor);
    return certificate;
  }

  private static String title(Filing filing) {
    return switch (filing.ipRight()) {
      case TRADEMARK -> "Certificate of registration of a trade mark";
      case DESIGN -> "Certificate of registration of an industrial design";
      case PATENT -> "Certificate of grant of a patent";
      case UTILITY_MODEL -> "Certificate of registration of a utility model";
    };
  }

  private List<CertificatePdf.Line> lines(Filing filing) {
    List<CertificatePdf.Line> lines = new ArrayList<>();
    lines.add(new CertificatePdf.Line("Registration number", filing.registration().number()));
    lines.add(
        new CertificatePdf.Line(
            "Application number (WIPO ST.13)",
            filing.applicationNumber().value() + " (" + office.code() + ")"));
    lines.add(new CertificatePdf.Line("Filing date", filing.filingDate().toString()));
    lines.add(
        new CertificatePdf.Line("Date of registration", filing.registration().date().toString()));
    lines.add(
        new CertificatePdf.Line("Expiry date", filing.registration().expiryDate().toString()));
    lines.add(
        new CertificatePdf.Line(
            "Owner", filing.applicant().name() + " (" + filing.applicant().country() + ")"));
    switch (filing.ipRight()) {
      case TRADEMARK -> {
        lines.add(
            new CertificatePdf.Line(
                "Mark", filing.mark().text() == null ? "(figurative mark)" : filing.mark().text()));
        for (Filing.ClassTerms classTerms : filing.goodsAndServices()) {
          lines.add(
              new CertificatePdf.Line(
                  "Nice class " + classTerms.niceClass(), String.join("; ", classTerms.terms())));
        }
      }
      case DESIGN -> {
        int index = 1;
        for (Filing.Design design : filing.content().designs()) {
          lines.add(
              new CertificatePdf.Line(
                  "Design " + index++,
                  design.productIndication() + " (Locarno " + design.locarnoClass() + ")"));
        }
      }
      case PATENT, UTILITY_MODEL -> {
        Filing.Invention invention = filing.content().invention();
        lines.add(new CertificatePdf.Line("Title", invention.title()));
        lines.add(new CertificatePdf.Line("Claims", Integer.toString(invention.claimsCount())));
      }
    }
    return lines;
  }
}
