package org.ipflow.platform.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.ipflow.platform.search.RegisterMarkTable.Candidate;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.phonetic.PhoneticKey;
import org.ipflow.workers.relativegrounds.ClassRelation;
import org.ipflow.workers.relativegrounds.MarkForms;
import org.ipflow.workers.relativegrounds.RelatedNiceClasses;
import org.ipflow.workers.relativegrounds.RelativeGroundsDecision;
import org.ipflow.workers.relativegrounds.RelativeGroundsInput;
import org.ipflow.workers.relativegrounds.SimilarityScore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relative-grounds search of the office's register of marks, and the register it runs over.
 *
 * <p>A search finds the earlier marks in force (published or registered) in the classes searched or
 * in {@linkplain RelatedNiceClasses related classes} whose {@linkplain MarkForms normalized form}
 * is trigram-similar to the query's (PostgreSQL pg_trgm on a GIN index; the respellings the form
 * undoes make phonetic variants meet here too) or whose {@linkplain MarkForms#phoneticKey phonetic
 * key} is the query's, and ranks them by their {@link SimilarityScore}: 0.6 × text similarity (the
 * trigram similarity, also of the forms with spaces removed) + 0.4 × phonetic similarity (of the
 * keys, {@link PhoneticKey#similarity}), times 0.9 for a related class only.
 *
 * <p>The procedure keeps the register up to date: it {@linkplain #index indexes} a mark when it is
 * published, registered, refused, withdrawn, expires or is cancelled (the status decides whether it
 * is an earlier right).
 */
@Service
public class RegisterSearch {

  /**
   * How many rows the database hands over per hit wanted, for scoring; at least {@link #MIN_CAP}.
   */
  private static final int CANDIDATES_PER_HIT = 20;

  private static final int MIN_CAP = 200;

  private static final Comparator<SearchHit> RANKING =
      Comparator.comparingDouble(SearchHit::score)
          .reversed()
          .thenComparing(SearchHit::applicationNumber);

  private final RegisterMarkTable table;
  private final SearchProperties properties;
  private final RelativeGroundsDecision decision = new RelativeGroundsDecision();

  RegisterSearch(RegisterMarkTable table, SearchProperties properties) {
    this.table = table;
    this.properties = properties;
  }

  /** Enters the mark in the searched register, or updates it there (by its filing). */
  @Transactional
  public void index(IndexedMark mark) {
    table.upsert(List.of(mark));
  }

  /** Enters or updates many marks at once (e.g. a rebuild of the register from the filings). */
  @Transactional
  public void index(Collection<IndexedMark> marks) {
    if (!marks.isEmpty()) {
      table.upsert(marks);
    }
  }

  /** Takes the mark out of the searched register (e.g. a filing entered by mistake). */
  @Transactional
  public void remove(UUID filingId) {
    table.delete(Objects.requireNonNull(filingId, "filingId"));
  }

  /**
   * Records that an indexed mark's status changed (e.g. registered after the opposition period,
   * refused, withdrawn, expired), and its registration number once it has one. Returns {@code
   * false} if the filing is not in the searched register, which the caller then {@linkplain
   * #index(IndexedMark) indexes} in full.
   *
   * @param registrationNumber the registration number, or {@code null} to keep the one recorded
   */
  @Transactional
  public boolean statusChanged(UUID filingId, RegisterStatus status, String registrationNumber) {
    return table.updateStatus(
        Objects.requireNonNull(filingId, "filingId"),
        Objects.requireNonNull(status, "status"),
        registrationNumber);
  }

  /**
   * The earlier marks most like {@code markText} in {@code niceClasses} or related classes, best
   * first, whatever their score.
   */
  @Transactional(readOnly = true)
  public List<SearchHit> search(
      String markText, Set<Integer> niceClasses, UUID excludeFilingId, int limit) {
    return search(new SearchQuery(markText, niceClasses, excludeFilingId, null, limit));
  }

  /** The earlier marks most like the query's, best first, whatever their score. */
  // Every public entry point is transactional, calls between them included (they bypass the
  // proxy): the candidate query's settings are local to a transaction and would be lost outside
  // one.
  @Transactional(readOnly = true)
  public List<SearchHit> search(SearchQuery query) {
    String normalized = MarkForms.normalized(query.markText());
    if (normalized.isEmpty()) {
      return List.of(); // nothing to compare: no letter, no digit
    }
    String key = MarkForms.phoneticKey(query.markText());
    List<Candidate> candidates =
        table.candidates(
            normalized,
            key,
            RelatedNiceClasses.withRelated(query.niceClasses()),
            query.excludeFilingId(),
            query.earlierThan(),
            Math.max(MIN_CAP, query.limit() * CANDIDATES_PER_HIT));
    List<SearchHit> hits = new ArrayList<>(candidates.size());
    for (Candidate candidate : candidates) {
      ClassRelation relation =
          RelatedNiceClasses.relation(query.niceClasses(), candidate.niceClasses())
              .orElseThrow(); // the query asked for these classes only
      double text = SimilarityScore.round(Math.min(1.0, candidate.textSimilarity()));
      double phonetic = SimilarityScore.round(PhoneticKey.similarity(key, candidate.phoneticKey()));
      hits.add(
          new SearchHit(
              candidate.filingId(),
              candidate.applicationNumber(),
              candidate.registrationNumber(),
              candidate.markText(),
              candidate.niceClasses(),
              text,
              phonetic,
              relation,
              SimilarityScore.of(text, phonetic, relation)));
    }
    hits.sort(RANKING);
    return List.copyOf(hits.subList(0, Math.min(query.limit(), hits.size())));
  }

  /**
   * The relative-grounds decision on a mark applied for: the search with the office's result limit,
   * judged against the office's threshold and setting ({@code ipflow.search}). The caller records
   * it in the ledger.
   *
   * @param filingId the application, never a hit against itself
   * @param markText its word element
   * @param niceClasses its Nice classes
   * @param seniority its filing or priority date: only marks senior to it are earlier rights; or
   *     {@code null} for all
   */
  @Transactional(readOnly = true)
  public Decision decideRelativeGrounds(
      UUID filingId, String markText, Set<Integer> niceClasses, LocalDate seniority) {
    List<SearchHit> hits =
        search(
            new SearchQuery(markText, niceClasses, filingId, seniority, properties.resultLimit()));
    return decision.decide(
        new RelativeGroundsInput(
            markText,
            niceClasses,
            properties.relativeGrounds(),
            properties.scoreThreshold(),
            hits.stream().map(SearchHit::asEarlierMark).toList()));
  }

  /** The office's settings the decisions are taken with. */
  public SearchProperties settings() {
    return properties;
  }

  /**
   * Recomputes the compared forms of marks indexed with another version of {@link MarkForms};
   * returns how many. Run at start-up.
   */
  @Transactional
  public int refreshForms() {
    int refreshed = 0;
    List<RegisterMarkTable.IndexedMarkText> stale;
    while (!(stale = table.stale(1000)).isEmpty()) {
      table.updateForms(stale);
      refreshed += stale.size();
    }
    return refreshed;
  }
}
