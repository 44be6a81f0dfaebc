package org.ipflow.platform.party;

import java.util.List;
import java.util.UUID;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingReceived;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.platform.office.OfficeProperties;
import org.ipflow.platform.web.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds or creates the parties of each filing as it is received, proposes likely duplicates and
 * merges them on an admin's decision.
 */
@Service
public class PartyService {

  private static final Logger log = LoggerFactory.getLogger(PartyService.class);

  private final PartyRepository parties;
  private final FilingService filings;
  private final PartyProperties settings;
  private final OfficeProperties office;
  private final OfficeClock clock;

  PartyService(
      PartyRepository parties,
      FilingService filings,
      PartyProperties settings,
      OfficeProperties office,
      OfficeClock clock) {
    this.parties = parties;
    this.filings = filings;
    this.settings = settings;
    this.office = office;
    this.clock = clock;
  }

  /**
   * In the transaction that receives the filing: a refused identifier refuses the filing (422,
   * nothing stored), as any other invalid part would.
   */
  @EventListener
  @Order(Ordered.HIGHEST_PRECEDENCE) // before the receipt is sealed: a refusal costs nothing then
  void on(FilingReceived received) {
    Filing filing = received.filing();
    Filing.Applicant applicant = filing.applicant();
    if (applicant != null && applicant.name() != null) {
      Party party =
          identify(
              "/applicant/globalId",
              applicant.name(),
              applicant.country(),
              applicant.address(),
              applicant.kind(),
              applicant.globalId());
      parties.link(filing.id(), "APPLICANT", party.id());
    }
    Filing.Party representative = filing.content().representative();
    if (representative != null && representative.name() != null) {
      Party party =
          identify(
              "/representative/globalId",
              representative.name(),
              representative.country(),
              representative.address(),
              null,
              representative.globalId());
      parties.link(filing.id(), "REPRESENTATIVE", party.id());
    }
  }

  private Party identify(
      String pointer,
      String name,
      String country,
      String address,
      String kind,
      Filing.GlobalId globalId) {
    String normalisedName = PartyNames.name(name);
    String normalisedAddress = PartyNames.address(address);
    if (globalId != null) {
      if (!settings.acceptedSchemes().contains(globalId.scheme())) {
        throw refused(
            pointer + "/scheme",
            "is not a scheme this office accepts ("
                + String.join(", ", settings.acceptedSchemes().stream().sorted().toList())
                + ")");
      }
      GlobalIds.problem(globalId.scheme(), globalId.value())
          .ifPresent(
              problem -> {
                throw refused(pointer + "/value", problem);
              });
      if (globalId.scheme().equals(GlobalIds.OFFICE)) {
        return parties
            .findByNumber(globalId.value())
            .orElseThrow(() -> refused(pointer + "/value", "is no party number of this office"));
      }
      return parties
          .findStanding(globalId.scheme(), globalId.value())
          .orElseGet(
              () ->
                  create(
                      name,
                      country,
                      address,
                      kind,
                      globalId.scheme(),
                      globalId.value(),
                      normalisedName,
                      normalisedAddress));
    }
    // Without an identifier only an exact match is the same party; likely ones go to an admin.
    return parties
        .findSame(normalisedName, country, normalisedAddress)
        .orElseGet(
            () ->
                create(
                    name, country, address, kind, null, null, normalisedName, normalisedAddress));
  }

  private Party create(
      String name,
      String country,
      String address,
      String kind,
      String scheme,
      String globalId,
      String normalisedName,
      String normalisedAddress) {
    Party party =
        new Party(
            UUID.randomUUID(),
            GlobalIds.partyNumber(office.code(), parties.nextSerial()),
            name,
            country,
            address,
            kind,
            scheme,
            globalId,
            null,
            clock.now());
    parties.insert(party, normalisedName, normalisedAddress);
    return party;
  }

  public Party get(UUID id) {
    return parties.find(id).orElseThrow(() -> ApiProblem.notFound("Party " + id));
  }

  /** The filings a party takes part in, and the parties merged into it. */
  public List<FilingLink> filingsOf(UUID id) {
    get(id);
    return parties.linksOf(id);
  }

  public List<Party> mergedInto(UUID id) {
    return parties.mergedInto(id);
  }

  /** Likely duplicates among the standing parties, most alike first. */
  public List<DuplicateCandidate> duplicates(int limit) {
    return parties.duplicates(settings.duplicateThreshold(), limit);
  }

  /**
   * Merges {@code sourceId} into {@code targetId}: the source's filings (and parties merged into it
   * earlier) now point to the target, each filing's timeline says so, and the source stays as a
   * record of what was merged, with its party number leading to the target.
   */
  @Transactional
  public Party merge(UUID sourceId, UUID targetId, String actor) {
    if (sourceId.equals(targetId)) {
      throw new ApiProblem(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "invalid-merge",
          "Invalid merge",
          "A party cannot be merged into itself.");
    }
    // Lock in id order, so that two opposite merges cannot deadlock.
    boolean sourceFirst = sourceId.compareTo(targetId) < 0;
    Party first = lockOrNotFound(sourceFirst ? sourceId : targetId);
    Party second = lockOrNotFound(sourceFirst ? targetId : sourceId);
    Party source = sourceFirst ? first : second;
    Party target = sourceFirst ? second : first;
    if (source.mergedInto() != null || target.mergedInto() != null) {
      Party merged = source.mergedInto() != null ? source : target;
      throw ApiProblem.conflict(
          "party-already-merged",
          "Party " + merged.partyNumber() + " was already merged; merge what it was merged into.");
    }
    if (source.globalId() != null
        && target.globalId() != null
        && !(source.globalIdScheme().equals(target.globalIdScheme())
            && source.globalId().equals(target.globalId()))) {
      throw ApiProblem.conflict(
          "conflicting-global-ids",
          "Parties "
              + source.partyNumber()
              + " ("
              + source.globalIdScheme()
              + " "
              + source.globalId()
              + ") and "
              + target.partyNumber()
              + " ("
              + target.globalIdScheme()
              + " "
              + target.globalId()
              + ") have different global identifiers: they are not one party.");
    }
    List<UUID> affected = parties.filingsOf(source.id());
    parties.merge(source.id(), target.id(), clock.now(), actor);
    if (source.globalId() != null && target.globalId() == null) {
      parties.adoptGlobalId(target.id(), source.globalIdScheme(), source.globalId());
    }
    for (UUID filingId : affected) {
      filings.recordEvent(
          filingId,
          "PARTY_MERGED",
          "Party "
              + source.partyNumber()
              + " ("
              + source.name()
              + ") merged into "
              + target.partyNumber()
              + " ("
              + target.name()
              + ").",
          actor);
    }
    log.info(
        "{} merged party {} into {} ({} filings)",
        actor,
        source.partyNumber(),
        target.partyNumber(),
        affected.size());
    return get(target.id());
  }

  private Party lockOrNotFound(UUID id) {
    return parties.lock(id).orElseThrow(() -> ApiProblem.notFound("Party " + id));
  }

  private static ApiProblem refused(String pointer, String detail) {
    return new ApiProblem(
        HttpStatus.UNPROCESSABLE_CONTENT,
        "invalid-global-id",
        "Invalid global identifier",
        "The global identifier " + detail + ".",
        List.of(new ApiProblem.FieldError(pointer, detail)));
  }
}
