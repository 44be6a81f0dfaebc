package org.ipflow.workers.replay;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.ipflow.workers.absolutegrounds.AbsoluteGroundsPrescreen;
import org.ipflow.workers.absolutegrounds.PrescreenInput;
import org.ipflow.workers.application.Application;
import org.ipflow.workers.classification.ClassificationCheck;
import org.ipflow.workers.classification.ClassificationInput;
import org.ipflow.workers.classification.IpRight;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;
import org.ipflow.workers.design.DesignRegistrability;
import org.ipflow.workers.examination.AutomatedAcceptance;
import org.ipflow.workers.examination.UtilityModelExamination;
import org.ipflow.workers.fees.ApplicationFeeInput;
import org.ipflow.workers.fees.ApplicationFees;
import org.ipflow.workers.fees.FeeInput;
import org.ipflow.workers.fees.TrademarkFees;
import org.ipflow.workers.filingdate.FilingDateNotAccorded;
import org.ipflow.workers.filingdate.FilingDateRequirements;
import org.ipflow.workers.formalities.Formalities;
import org.ipflow.workers.formalities.OfficeRules;
import org.ipflow.workers.formalities.TrademarkFormalities;
import org.ipflow.workers.formalities.TrademarkFormalitiesInput;
import org.ipflow.workers.opposition.OppositionAdmissibility;
import org.ipflow.workers.opposition.OppositionInput;
import org.ipflow.workers.payment.FeeConsequences;
import org.ipflow.workers.payment.Payment;
import org.ipflow.workers.payment.PaymentMatching;
import org.ipflow.workers.priority.PriorityClaimCheck;
import org.ipflow.workers.priority.PriorityInput;
import org.ipflow.workers.relativegrounds.RelativeGroundsDecision;
import org.ipflow.workers.relativegrounds.RelativeGroundsInput;
import org.ipflow.workers.timelimits.DeemedWithdrawal;

/**
 * Every automated decision type and every version of it still loadable, each able to re-run a
 * recorded input snapshot. A version is added here when it ships and stays when a newer one
 * replaces it, for as long as its rows can be replayed: its code (or decision table) stays on the
 * classpath next to the newer one.
 */
public final class DecisionCatalog {

  /** Re-runs one version of a decision on a recorded input snapshot. */
  @FunctionalInterface
  public interface Replayer {
    Decision rerun(Map<String, ?> inputs);
  }

  private final Map<String, Map<String, Replayer>> types = new TreeMap<>();

  /** An empty catalogue; {@link #standard()} has every decision of this module. */
  public DecisionCatalog() {}

  /** Adds (or replaces) one version of a decision type. */
  public DecisionCatalog register(String type, String version, Replayer replayer) {
    types
        .computeIfAbsent(type, t -> new TreeMap<>())
        .put(Objects.requireNonNull(version), Objects.requireNonNull(replayer));
    return this;
  }

  /** The decision types the catalogue knows. */
  public Set<String> types() {
    return Collections.unmodifiableSet(types.keySet());
  }

  /** The versions of {@code type} still loadable, empty if the type is unknown. */
  public Set<String> versions(String type) {
    return Collections.unmodifiableSet(types.getOrDefault(type, Map.of()).keySet());
  }

  public boolean isLoadable(String type, String version) {
    return versions(type).contains(version);
  }

  /**
   * Re-runs version {@code version} of decision {@code type} on the input snapshot.
   *
   * @throws NotReplayableException if that version is not loadable or the snapshot lacks an input
   */
  public Decision rerun(String type, String version, Map<String, ?> inputs) {
    Replayer replayer = types.getOrDefault(type, Map.of()).get(version);
    if (replayer == null) {
      throw new NotReplayableException(
          "no loadable version "
              + version
              + " of decision type "
              + type
              + "; loadable: "
              + versions(type));
    }
    try {
      return replayer.rerun(inputs);
    } catch (NotReplayableException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new NotReplayableException(
          type + " " + version + " could not be re-run on the recorded inputs: " + e, e);
    }
  }

  /**
   * Feeds a recorded decision back through the version that made it and compares: outcome, reason
   * codes in order, outputs, and the input snapshot the re-run records (which shows when the data a
   * decision names, such as term lists or classification data, is no longer the same). Reason texts
   * and legal basis are reported as notes.
   */
  public ReplayResult replay(Decision recorded) {
    Decision replayed;
    try {
      replayed = rerun(recorded.type(), recorded.version(), recorded.inputs());
    } catch (NotReplayableException e) {
      return ReplayResult.notReplayable(recorded.type(), recorded.version(), e.getMessage());
    }
    List<String> differences = new ArrayList<>();
    differences.addAll(Comparison.differences("type", recorded.type(), replayed.type()));
    differences.addAll(Comparison.differences("version", recorded.version(), replayed.version()));
    differences.addAll(Comparison.differences("outcome", recorded.outcome(), replayed.outcome()));
    differences.addAll(
        Comparison.differences("reasons", codes(recorded.reasons()), codes(replayed.reasons())));
    differences.addAll(Comparison.differences("outputs", recorded.outputs(), replayed.outputs()));
    differences.addAll(Comparison.differences("inputs", recorded.inputs(), replayed.inputs()));
    List<String> notes = new ArrayList<>();
    if (codes(recorded.reasons()).equals(codes(replayed.reasons()))) {
      notes.addAll(
          Comparison.differences(
              "reasonTexts", texts(recorded.reasons()), texts(replayed.reasons())));
    }
    notes.addAll(
        Comparison.differences("legalBasis", recorded.legalBasis(), replayed.legalBasis()));
    return new ReplayResult(
        recorded.type(),
        recorded.version(),
        true,
        differences.isEmpty(),
        differences,
        notes,
        replayed);
  }

  private static List<String> codes(List<Reason> reasons) {
    return reasons.stream().map(Reason::code).toList();
  }

  private static List<String> texts(List<Reason> reasons) {
    return reasons.stream().map(Reason::text).toList();
  }

  /** Every decision of the workers module, current and older versions. */
  public static DecisionCatalog standard() {
    DecisionCatalog catalog = new DecisionCatalog();

    TrademarkFormalities trademarkFormalities = new TrademarkFormalities();
    catalog.register(
        TrademarkFormalities.TYPE,
        TrademarkFormalities.VERSION,
        in -> trademarkFormalities.decide(trademarkFormalitiesInput(Snapshot.of(in))));

    Formalities formalities = new Formalities();
    catalog.register(
        Formalities.TYPE,
        Formalities.VERSION,
        in -> {
          Snapshot s = Snapshot.of(in);
          return formalities.decide(
              application(s),
              new OfficeRules(
                  s.string("officeTerritory"), Set.copyOf(s.strings("officeLanguages"))));
        });

    FilingDateRequirements filingDate = new FilingDateRequirements();
    catalog.register(
        FilingDateRequirements.TYPE,
        FilingDateRequirements.VERSION,
        in -> filingDate.decide(application(Snapshot.of(in))));

    FilingDateNotAccorded notAccorded = new FilingDateNotAccorded();
    catalog.register(
        FilingDateNotAccorded.TYPE,
        FilingDateNotAccorded.VERSION,
        in -> {
          Snapshot s = Snapshot.of(in);
          return notAccorded.decide(s.date("timeLimitLastDay"), s.date("today"));
        });

    DeemedWithdrawal withdrawal = new DeemedWithdrawal();
    catalog.register(
        DeemedWithdrawal.TYPE,
        DeemedWithdrawal.VERSION,
        in -> {
          Snapshot s = Snapshot.of(in);
          return withdrawal.decide(
              s.date("timeLimitEnd"), s.date("today"), s.bool("answerReceived"));
        });

    // The first fee table (trade marks only) and the per-right tables: each version is named by
    // the table's tag and the hash of the bytes evaluated, so an edited table is a new version.
    TrademarkFees trademarkFees = new TrademarkFees();
    catalog.register(
        TrademarkFees.TYPE,
        trademarkFees.version(),
        in -> {
          Snapshot s = Snapshot.of(in);
          return trademarkFees.decide(
              new FeeInput(s.string("ipRight"), s.date("filingDate"), s.intValue("classCount")));
        });
    ApplicationFees applicationFees = new ApplicationFees();
    catalog.register(
        ApplicationFees.TYPE,
        applicationFees.version(),
        in -> {
          Snapshot s = Snapshot.of(in);
          return applicationFees.decide(
              new ApplicationFeeInput(
                  s.string("ipRight"),
                  s.date("filingDate"),
                  s.string("applicantCategory"),
                  s.intValue("units")));
        });

    PaymentMatching matching = new PaymentMatching();
    catalog.register(
        PaymentMatching.TYPE,
        PaymentMatching.VERSION,
        in -> {
          Snapshot s = Snapshot.of(in);
          List<Payment> payments = new ArrayList<>();
          for (Snapshot p : s.objects("payments")) {
            payments.add(
                new Payment(
                    p.longValue("amountMinor"),
                    p.string("currency"),
                    p.string("reference"),
                    p.date("receivedOn")));
          }
          return matching.decide(s.longValue("dueMinor"), s.string("currency"), payments);
        });

    FeeConsequences consequences = new FeeConsequences();
    catalog.register(
        FeeConsequences.TYPE,
        FeeConsequences.VERSION,
        in -> {
          Snapshot s = Snapshot.of(in);
          Map<String, Object> fee = new LinkedHashMap<>();
          s.map("fee").forEach((k, v) -> fee.put(String.valueOf(k), v));
          return consequences.decide(
              s.string("right"), fee, s.longValue("paidMinor"), s.integers("classes"));
        });

    PriorityClaimCheck priority = new PriorityClaimCheck();
    catalog.register(
        PriorityClaimCheck.TYPE,
        PriorityClaimCheck.VERSION,
        in -> priority.decide(PriorityInput.fromSnapshot(in)));

    Supplier<ClassificationCheck> classification = lazy(ClassificationCheck::new);
    catalog.register(
        ClassificationCheck.TYPE,
        ClassificationCheck.VERSION,
        in -> {
          Snapshot s = Snapshot.of(in);
          return classification.get().decide(classificationInput(s), s.doubleValue("threshold"));
        });

    Supplier<AbsoluteGroundsPrescreen> prescreen = lazy(AbsoluteGroundsPrescreen::new);
    catalog.register(
        AbsoluteGroundsPrescreen.TYPE,
        AbsoluteGroundsPrescreen.VERSION,
        in -> {
          Snapshot s = Snapshot.of(in);
          return prescreen
              .get()
              .decide(
                  new PrescreenInput(
                      s.string("markText"), s.strings("languages"), s.integers("niceClasses")));
        });

    RelativeGroundsDecision relativeGrounds = new RelativeGroundsDecision();
    catalog.register(
        RelativeGroundsDecision.TYPE,
        RelativeGroundsDecision.VERSION,
        in -> relativeGrounds.decide(RelativeGroundsInput.fromSnapshot(in)));

    AutomatedAcceptance acceptance = new AutomatedAcceptance();
    catalog.register(
        AutomatedAcceptance.TYPE,
        AutomatedAcceptance.VERSION,
        in -> {
          Snapshot s = Snapshot.of(in);
          Map<String, String> checks = new LinkedHashMap<>();
          for (Snapshot check : s.objects("checks")) {
            checks.put(check.string("check"), check.string("outcome"));
          }
          return acceptance.decide(s.bool("enabled"), checks, s.strings("greenOutcomes"));
        });
    catalog.register(
        AutomatedAcceptance.TYPE,
        AutomatedAcceptance.VERSION_1_0_0,
        in -> {
          Snapshot s = Snapshot.of(in);
          Map<?, ?> recorded = s.map("checks");
          // The ledger did not keep the order of the checks: restore the order 1.0.0 was called
          // with, then any other check in the order read.
          Map<String, String> checks = new LinkedHashMap<>();
          for (String check : AutomatedAcceptance.CHECK_ORDER_1_0_0) {
            if (recorded.containsKey(check)) {
              checks.put(check, (String) recorded.get(check));
            }
          }
          recorded.forEach((k, v) -> checks.putIfAbsent(String.valueOf(k), (String) v));
          return acceptance.decideVersion100(s.bool("enabled"), checks, s.strings("greenOutcomes"));
        });

    DesignRegistrability registrability = new DesignRegistrability();
    catalog.register(
        DesignRegistrability.TYPE,
        DesignRegistrability.VERSION,
        in -> {
          Snapshot s = Snapshot.of(in);
          return registrability.decide(
              designs(s.objects("designs")), s.intValue("representations"));
        });

    UtilityModelExamination utilityModel = new UtilityModelExamination();
    catalog.register(
        UtilityModelExamination.TYPE,
        UtilityModelExamination.VERSION,
        in -> {
          Snapshot s = Snapshot.of(in);
          return utilityModel.decide(
              s.string("applicationNumber"), s.bool("formalitiesComplete"), s.bool("feesPaid"));
        });

    OppositionAdmissibility opposition = new OppositionAdmissibility();
    catalog.register(
        OppositionAdmissibility.TYPE,
        OppositionAdmissibility.VERSION,
        in -> {
          Snapshot s = Snapshot.of(in);
          return opposition.decide(
              new OppositionInput(
                  s.date("filedOn"),
                  s.date("periodLastDay"),
                  s.longValue("feeDueMinor"),
                  s.longValue("paidMinor"),
                  s.string("earlierRight"),
                  s.boolOrNull("earlierRightInRegister"),
                  s.string("grounds")));
        });
    return catalog;
  }

  // ------------------------------------------------------------------ reading snapshots back

  private static TrademarkFormalitiesInput trademarkFormalitiesInput(Snapshot s) {
    List<TrademarkFormalitiesInput.ClassTerms> classes = new ArrayList<>();
    for (Snapshot c : s.objects("goodsAndServices")) {
      classes.add(
          new TrademarkFormalitiesInput.ClassTerms(c.intValue("niceClass"), c.strings("terms")));
    }
    return new TrademarkFormalitiesInput(
        s.string("applicantName"),
        s.string("applicantCountry"),
        s.string("markText"),
        s.bool("markImagePresent"),
        classes);
  }

  /** The application recorded by {@code ApplicationSnapshot}. */
  static Application application(Snapshot s) {
    List<Application.ClassTerms> classes = new ArrayList<>();
    for (Snapshot c : s.objects("goodsAndServices")) {
      classes.add(new Application.ClassTerms(c.intValue("niceClass"), c.strings("terms")));
    }
    List<Application.PriorityClaim> claims = new ArrayList<>();
    for (Snapshot c : s.objects("priorityClaims")) {
      claims.add(claim(c));
    }
    Snapshot invention = s.object("invention");
    return new Application(
        Application.Right.valueOf(s.string("right")),
        s.string("languageOfProceedings"),
        party(s.object("applicant")),
        party(s.object("representative")),
        s.string("markText"),
        s.bool("markImagePresent"),
        classes,
        designs(s.objects("designs")),
        s.intValue("designRepresentations"),
        invention == null
            ? null
            : new Application.Invention(
                invention.string("title"),
                invention.string("description"),
                invention.intValue("claimsCount"),
                claim(invention.object("earlierApplication")),
                invention.strings("ipcSymbols")),
        s.bool("descriptionDocumentPresent"),
        claims);
  }

  private static List<Application.Design> designs(List<Snapshot> designs) {
    List<Application.Design> list = new ArrayList<>();
    for (Snapshot d : designs) {
      list.add(new Application.Design(d.string("productIndication"), d.string("locarnoClass")));
    }
    return list;
  }

  private static Application.Party party(Snapshot p) {
    return p == null
        ? null
        : new Application.Party(
            p.string("name"),
            p.string("country"),
            p.string("address"),
            p.string("kind"),
            p.bool("sme"));
  }

  private static Application.PriorityClaim claim(Snapshot c) {
    return c == null
        ? null
        : new Application.PriorityClaim(
            c.string("office"), c.string("applicationNumber"), c.date("date"));
  }

  private static ClassificationInput classificationInput(Snapshot s) {
    IpRight right = IpRight.valueOf(s.string("right"));
    return switch (right) {
      case TRADEMARK -> {
        List<ClassificationInput.NiceClaim> claims = new ArrayList<>();
        for (Snapshot c : s.objects("goodsAndServices")) {
          claims.add(new ClassificationInput.NiceClaim(c.integer("niceClass"), c.strings("terms")));
        }
        yield ClassificationInput.trademark(claims);
      }
      case DESIGN -> {
        List<ClassificationInput.DesignClaim> designs = new ArrayList<>();
        for (Snapshot d : s.objects("designs")) {
          designs.add(
              new ClassificationInput.DesignClaim(d.string("locarno"), d.string("product")));
        }
        yield ClassificationInput.design(designs);
      }
      default ->
          new ClassificationInput(
              right, null, null, s.strings("ipcSymbols"), s.string("title"), s.string("abstract"));
    };
  }

  private static <T> Supplier<T> lazy(Supplier<T> factory) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = factory.get();
        }
        return value;
      }
    };
  }
}
