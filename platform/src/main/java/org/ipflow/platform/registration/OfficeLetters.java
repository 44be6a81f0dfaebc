package org.ipflow.platform.registration;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
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
import org.ipflow.signing.SigningRequest;
import org.ipflow.workers.decision.Reason;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The letters the office sends with its notices: a PDF in the filing's language of proceedings,
 * sealed with the office's seal at PAdES-B-T, issued in the transaction that sent the notice so
 * that no notice exists without its letter.
 */
@Service
public class OfficeLetters {

  private static final String BUNDLE = "letters.notices";

  private final FilingService filings;
  private final DocumentStore documents;
  private final DocumentSigner signer;
  private final OfficeProperties office;
  private final OfficeClock clock;

  OfficeLetters(
      FilingService filings,
      DocumentStore documents,
      DocumentSigner signer,
      OfficeProperties office,
      OfficeClock clock) {
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

  /** Issues the sealed letter of {@code notice}. */
  public StoredDocument issue(UUID filingId, Notice notice) {
    Filing filing = filings.get(filingId);
    // No fallback to the JVM's default locale: a language without a bundle falls back to English.
    ResourceBundle text =
        ResourceBundle.getBundle(
            BUNDLE,
            Locale.forLanguageTag(notice.language()),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    String title = title(text, notice.kind());
    byte[] pdf = CertificatePdf.render(title, office.name(), lines(text, filing, notice));
    byte[] sealed =
        signer.signPdf(
            pdf,
            new SigningRequest(
                SignerRole.OFFICE_SEAL,
                SignatureLevel.B_T,
                title + " " + filing.applicationNumber().value(),
                office.name()));
    return documents.store(
        filingId,
        new NewDocument(
            DocumentKind.NOTICE,
            "notice-"
                + notice.kind().toLowerCase(Locale.ROOT).replace('_', '-')
                + "-"
                + clock.dateAt(notice.dispatchedAt())
                + "-"
                + notice.id().toString().substring(0, 8)
                + ".pdf",
            "application/pdf",
            sealed),
        clock.now());
  }

  private List<CertificatePdf.Line> lines(ResourceBundle text, Filing filing, Notice notice) {
    List<CertificatePdf.Line> lines = new ArrayList<>();
    lines.add(
        new CertificatePdf.Line(
            text.getString("applicationNumber"),
            filing.applicationNumber().value() + " (" + office.code() + ")"));
    lines.add(
        new CertificatePdf.Line(text.getString("filingDate"), String.valueOf(filing.filingDate())));
    lines.add(new CertificatePdf.Line(text.getString("applicant"), filing.applicant().name()));
    lines.add(
        new CertificatePdf.Line(
            text.getString("dispatched"), clock.dateAt(notice.dispatchedAt()).toString()));
    lines.add(
        new CertificatePdf.Line(
            MessageFormat.format(text.getString("deemedNotified"), office.notificationDays()),
            notice.deemedNotifiedOn().toString()));
    lines.add(
        new CertificatePdf.Line(text.getString("lastDay"), notice.timeLimitLastDay().toString()));
    StringBuilder findings = new StringBuilder();
    for (Reason reason : notice.reasons()) {
      findings.append(reason.code()).append(": ").append(reason.text()).append(' ');
    }
    lines.add(new CertificatePdf.Line(text.getString("findings"), findings.toString().trim()));
    if (!notice.language().equals("en")) {
      lines.add(new CertificatePdf.Line("", text.getString("findingsLanguage")));
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
