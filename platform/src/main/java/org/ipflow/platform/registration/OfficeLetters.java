package org.ipflow.platform.registration;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import org.ipflow.platform.document.DocumentKind;
import org.ipflow.platform.document.DocumentStore;
import org.ipflow.platform.document.NewDocument;
import org.ipflow.platform.document.StoredDocument;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.Notice;
import org.ipflow.platform.filing.NoticeSent;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.platform.office.OfficeProperties;
import org.ipflow.signing.DocumentSigner;
import org.ipflow.signing.SignatureLevel;
import org.ipflow.signing.SignerRole;
import org.ipflow.signing.SigningProfiles;
import org.ipflow.signing.SigningRequest;
import org.ipflow.workers.decision.Reason;
import org.ipflow.workers.decision.ReasonTexts;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The letters the office sends: the filing receipt and the letter of each notice, a PDF in the
 * filing's language of proceedings, sealed with the office's seal at PAdES-B-T, then augmented to
 * the long-term level configured for its kind ({@code ipflow.signing.long-term}). A notice's letter
 * is issued in the transaction that sends the notice, so that neither exists without the other; the
 * receipt right after the filing is acknowledged, by a durable job ({@link ReceiptIssuing}).
 */
@Service
public class OfficeLetters {

  private static final String BUNDLE = "letters.notices";

  private final FilingService filings;
  private final DocumentStore documents;
  private final DocumentSigner signer;
  private final OfficeProperties office;
  private final OfficeClock clock;
  private final SignatureAugmentation augmentation;

  OfficeLetters(
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

  @EventListener
  void on(NoticeSent sent) {
    issue(sent.filingId(), sent.notice());
  }

  /**
   * Issues the sealed filing receipt, once per filing (see {@link ReceiptIssuing}, which calls it
   * right after the filing is acknowledged).
   */
  StoredDocument issueReceipt(UUID filingId) {
    Optional<StoredDocument> issued = documents.findKind(filingId, DocumentKind.FILING_RECEIPT);
    if (issued.isPresent()) {
      return issued.get();
    }
    Filing filing = filings.get(filingId);
    ResourceBundle text = bundle(filing.content().languageOfProceedings());
    String title = text.getString("receipt.title");
    List<CertificatePdf.Line> lines = new ArrayList<>();
    lines.add(applicationNumberLine(text, filing));
    lines.add(
        new CertificatePdf.Line(
            text.getString("right"), text.getString("right." + filing.ipRight())));
    lines.add(
        new CertificatePdf.Line(text.getString("filingDate"), String.valueOf(filing.filingDate())));
    lines.add(new CertificatePdf.Line(text.getString("received"), filing.receivedAt().toString()));
    lines.add(new CertificatePdf.Line(text.getString("applicant"), filing.applicant().name()));
    markLine(text, filing).ifPresent(lines::add);
    StringBuilder filed = new StringBuilder();
    for (StoredDocument document : documents.forFiling(filingId)) {
      filed.append(document.fileName()).append(" (SHA-256 ").append(document.sha256()).append(") ");
    }
    lines.add(new CertificatePdf.Line(text.getString("documents"), filed.toString().trim()));
    lines.add(new CertificatePdf.Line("", text.getString("receipt.note")));
    return seal(
        filingId,
        title,
        filing,
        lines,
        DocumentKind.FILING_RECEIPT,
        "filing-receipt-" + filing.applicationNumber().value() + ".pdf");
  }

  /**
   * Issues the refusal decision in the language of proceedings, signed with the personal electronic
   * signature of {@code officer}, the senior examiner who approved it (the signing profile of
   * decisions: PAdES, an officer's signature). Once per filing: a redelivered job finds the
   * decision already issued.
   *
   * @param refusedClasses the refused Nice classes, or empty for a refusal of the whole application
   */
  public StoredDocument issueRefusal(
      UUID filingId, String grounds, List<Integer> refusedClasses, String officer) {
    Optional<StoredDocument> issued = documents.findKind(filingId, DocumentKind.DECISION);
    if (issued.isPresent()) {
      return issued.get();
    }
    Filing filing = filings.get(filingId);
    ResourceBundle text = bundle(filing.content().languageOfProceedings());
    String title = text.getString("refusal.title");
    List<CertificatePdf.Line> lines = caseLines(text, filing);
    markLine(text, filing).ifPresent(lines::add);
    lines.add(
        new CertificatePdf.Line(
            text.getString("refusal.scope"),
            refusedClasses.isEmpty()
                ? text.getString("refusal.whole")
                : MessageFormat.format(
                    text.getString("refusal.classes"),
                    String.join(", ", refusedClasses.stream().map(String::valueOf).toList()))));
    lines.add(new CertificatePdf.Line(text.getString("refusal.grounds"), grounds));
    lines.add(
        new CertificatePdf.Line(
            text.getString("refusal.appeal"), text.getString("refusal.appeal.text")));
    lines.add(new CertificatePdf.Line(text.getString("refusal.signedBy"), officer));
    byte[] pdf = CertificatePdf.render(title, office.name(), lines);
    String fileName = "refusal-decision-" + filing.applicationNumber().value() + ".pdf";
    byte[] signed = signer.sign(SigningProfiles.DECISION, pdf, fileName, officer);
    StoredDocument decision =
        documents.store(
            filingId,
            new NewDocument(DocumentKind.DECISION, fileName, "application/pdf", signed),
            clock.now());
    augmentation.scheduleLongTerm(decision);
    return decision;
  }

  private CertificatePdf.Line applicationNumberLine(ResourceBundle text, Filing filing) {
    return new CertificatePdf.Line(
        text.getString("applicationNumber"),
        filing.applicationNumber().value() + " (" + office.code() + ")");
  }

  /** What every letter about a case starts with: its number, filing date and applicant. */
  private List<CertificatePdf.Line> caseLines(ResourceBundle text, Filing filing) {
    List<CertificatePdf.Line> lines = new ArrayList<>();
    lines.add(applicationNumberLine(text, filing));
    lines.add(
        new CertificatePdf.Line(text.getString("filingDate"), String.valueOf(filing.filingDate())));
    lines.add(new CertificatePdf.Line(text.getString("applicant"), filing.applicant().name()));
    return lines;
  }

  private static Optional<CertificatePdf.Line> markLine(ResourceBundle text, Filing filing) {
    return filing.mark() == null || filing.mark().text() == null
        ? Optional.empty()
        : Optional.of(new CertificatePdf.Line(text.getString("mark"), filing.mark().text()));
  }

  /** Issues the sealed letter of {@code notice}. */
  public StoredDocument issue(UUID filingId, Notice notice) {
    Filing filing = filings.get(filingId);
    ResourceBundle text = bundle(notice.language());
    String title = title(text, notice.kind());
    return seal(
        filingId,
        title,
        filing,
        lines(text, filing, notice),
        DocumentKind.NOTICE,
        "notice-"
            + notice.kind().toLowerCase(Locale.ROOT).replace('_', '-')
            + "-"
            + clock.dateAt(notice.dispatchedAt())
            + "-"
            + notice.id().toString().substring(0, 8)
            + ".pdf");
  }

  private StoredDocument seal(
      UUID filingId,
      String title,
      Filing filing,
      List<CertificatePdf.Line> lines,
      DocumentKind kind,
      String fileName) {
    byte[] pdf = CertificatePdf.render(title, office.name(), lines);
    byte[] sealed =
        signer.signPdf(
            pdf,
            new SigningRequest(
                SignerRole.OFFICE_SEAL,
                SignatureLevel.B_T,
                title + " " + filing.applicationNumber().value(),
                office.name()));
    StoredDocument letter =
        documents.store(
            filingId, new NewDocument(kind, fileName, "application/pdf", sealed), clock.now());
    // Augmented after issue to the long-term level configured for its kind, if any.
    augmentation.scheduleLongTerm(letter);
    return letter;
  }

  /** The texts in {@code language}; English where the office has no texts in it. */
  private static ResourceBundle bundle(String language) {
    // No fallback to the JVM's default locale: a language without a bundle falls back to English.
    return ResourceBundle.getBundle(
        BUNDLE,
        Locale.forLanguageTag(language == null ? "en" : language),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private List<CertificatePdf.Line> lines(ResourceBundle text, Filing filing, Notice notice) {
    List<CertificatePdf.Line> lines = caseLines(text, filing);
    lines.add(
        new CertificatePdf.Line(
            text.getString("dispatched"), clock.dateAt(notice.dispatchedAt()).toString()));
    lines.add(
        new CertificatePdf.Line(
            MessageFormat.format(text.getString("deemedNotified"), office.notificationDays()),
            notice.deemedNotifiedOn().toString()));
    lines.add(
        new CertificatePdf.Line(text.getString("lastDay"), notice.timeLimitLastDay().toString()));
    // Each finding in the language of proceedings where the office's texts can write it; a finding
    // they cannot (an examiner's own words, a reason recorded before reasons carried their values)
    // is given as the ledger recorded it, in English.
    StringBuilder findings = new StringBuilder();
    boolean allTranslated = true;
    for (Reason reason : notice.reasons()) {
      String sentence = ReasonTexts.translated(reason, notice.language()).orElse(null);
      if (sentence == null) {
        allTranslated = false;
        sentence = reason.text();
      }
      findings.append(reason.code()).append(": ").append(sentence).append(' ');
    }
    lines.add(new CertificatePdf.Line(text.getString("findings"), findings.toString().trim()));
    if (!notice.language().equals("en")) {
      lines.add(
          new CertificatePdf.Line(
              "", text.getString(allTranslated ? "findingsRecord" : "findingsLanguage")));
    }
    lines.add(new CertificatePdf.Line(text.getString("answer"), text.getString("answer.text")));
    return lines;
  }

  private static String title(ResourceBundle text, String kind) {
    try {
      return text.getString("title." + kind);
    } catch (MissingResourceException e) {
      return text.getString("title.default");
    }
  }
}
