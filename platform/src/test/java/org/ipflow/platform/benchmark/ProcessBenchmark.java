package org.ipflow.platform.benchmark;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.ipflow.platform.document.DocumentKind;
import org.ipflow.platform.document.NewDocument;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.IpRight;
import org.ipflow.platform.filing.NewFiling;
import org.ipflow.platform.filing.NewPayment;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.TestStack;
import org.ipflow.processes.FilingProcess;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The process benchmark (a program that prints figures, not a test; see {@code
 * benchmarks/process/README.md}). It boots the real platform on the test stack (embedded
 * PostgreSQL, Keycloak, the engine with full history and its job executor), files marks and designs
 * through {@link FilingService#submit} — the call the filing API makes — with their fees paid, and
 * measures the time from filing until the case reaches the end of its fully automated path: a mark
 * accepted automatically and published, waiting for the end of its opposition period; a design
 * registered. In the same run it drives no-op copies of the same models ({@link NoopModels}) the
 * same way: the engine's own ceiling on this machine. It prints filings/s, p50 and p99 of both and
 * the ratio real / no-op.
 *
 * <p>Load is closed-loop: {@code clients} callers each file, wait until their case is there, and
 * file the next, marks and designs alternating.
 */
public final class ProcessBenchmark {

  /**
   * What to run: {@code filings} marks and as many designs per path, in {@code rounds} that
   * alternate real and no-op (both see the same machine load), after a warm-up of each.
   */
  public record Settings(int filings, int warmup, int rounds, int clients) {
    static Settings of(String[] args) {
      int filings = args.length > 0 ? Integer.parseInt(args[0]) : 200;
      int warmup = args.length > 1 ? Integer.parseInt(args[1]) : Math.max(10, filings / 4);
      int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 4;
      int clients = args.length > 3 ? Integer.parseInt(args[3]) : 16;
      return new Settings(filings, warmup, rounds, clients);
    }
  }

  /** The figures of one path: throughput and latency from filing to the target state. */
  public record Figures(
      String path,
      int cases,
      double perSecond,
      Percentiles marks,
      Percentiles designs,
      double jvmCores,
      OptionalDouble postgresCores,
      OptionalDouble trailingMillisPerFiling) {

    /**
     * Machine CPU per filing, the JVM's and PostgreSQL's: what a filing costs, whatever the load.
     */
    OptionalDouble cpuMillisPerFiling() {
      return postgresCores.isPresent()
          ? OptionalDouble.of((jvmCores + postgresCores.getAsDouble()) * 1000 / perSecond)
          : OptionalDouble.empty();
    }

    /**
     * As {@link #cpuMillisPerFiling()}, plus the machine CPU of the work the filings left when
     * their last case reached its target (trailing jobs, augmentations), done after the timed span.
     */
    OptionalDouble cpuMillisPerFilingWithTrailing() {
      return cpuMillisPerFiling().isPresent() && trailingMillisPerFiling.isPresent()
          ? OptionalDouble.of(
              cpuMillisPerFiling().getAsDouble() + trailingMillisPerFiling.getAsDouble())
          : OptionalDouble.empty();
    }
  }

  /**
   * What one round of one path measured; {@code postgresCpuNanos} is negative where the server's
   * CPU time cannot be read, and so is {@code trailingCpuNanos}: the machine CPU (JVM and
   * PostgreSQL) of the work the round left when its last case got there, done after the timed span.
   */
  private record Sample(
      List<Long> marks,
      List<Long> designs,
      long nanos,
      long cpuNanos,
      long postgresCpuNanos,
      long trailingCpuNanos) {
    static Sample none() {
      return new Sample(List.of(), List.of(), 0, 0, 0, 0);
    }

    Sample plus(Sample other) {
      List<Long> m = new ArrayList<>(marks);
      m.addAll(other.marks);
      List<Long> d = new ArrayList<>(designs);
      d.addAll(other.designs);
      long postgres =
          postgresCpuNanos < 0 || other.postgresCpuNanos < 0
              ? -1
              : postgresCpuNanos + other.postgresCpuNanos;
      long trailing =
          trailingCpuNanos < 0 || other.trailingCpuNanos < 0
              ? -1
              : trailingCpuNanos + other.trailingCpuNanos;
      return new Sample(m, d, nanos + other.nanos, cpuNanos + other.cpuNanos, postgres, trailing);
    }

    Figures figures(String path) {
      int cases = marks.size() + designs.size();
      return new Figures(
          path,
          cases,
          cases / (nanos / 1e9),
          Percentiles.of(marks),
          Percentiles.of(designs),
          (double) cpuNanos / nanos,
          postgresCpuNanos < 0
              ? OptionalDouble.empty()
              : OptionalDouble.of((double) postgresCpuNanos / nanos),
          trailingCpuNanos < 0 || cases == 0
              ? OptionalDouble.empty()
              : OptionalDouble.of(trailingCpuNanos / 1e6 / cases));
    }
  }

  public record Percentiles(double p50Millis, double p99Millis) {
    static Percentiles of(List<Long> nanos) {
      List<Long> sorted = nanos.stream().sorted().toList();
      return new Percentiles(at(sorted, 0.50), at(sorted, 0.99));
    }

    static double median(List<Double> sorted) {
      int n = sorted.size();
      return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double at(List<Long> sorted, double quantile) {
      int index = (int) Math.ceil(quantile * sorted.size()) - 1;
      return sorted.get(Math.max(0, index)) / 1e6;
    }
  }

  public record Result(Figures real, Figures noop) {
    public double ratio() {
      return real.perSecond() / noop.perSecond();
    }
  }

  private static final Duration CASE_TIMEOUT = Duration.ofMinutes(2);
  private static final String LETTERS = "BDFGKLMNPRSTVZ";
  private static final String VOWELS = "AEIOU";

  private final Settings settings;
  private final PrintStream out;
  private final Milestones milestones = new Milestones();
  private final AtomicInteger serial = new AtomicInteger();
  private FilingService filingService;
  private org.springframework.jdbc.core.simple.JdbcClient jdbc;
  private RuntimeService runtime;
  private ManagementService management;
  private BigDecimal markFee;
  private BigDecimal designFee;
  private PostgresCpu postgresCpu;

  private ProcessBenchmark(Settings settings, PrintStream out) {
    this.settings = settings;
    this.out = out;
  }

  public static void main(String[] args) {
    BenchmarkPlatform.runAsProgram(() -> run(Settings.of(args), System.out));
  }

  /** Runs the benchmark on its own platform context and database, then closes the context. */
  public static Result run(Settings settings, PrintStream out) {
    return new ProcessBenchmark(settings, out).run();
  }

  private Result run() {
    TestStack stack = TestStack.get();
    postgresCpu = PostgresCpu.ofDataDirectory(stack.workDir().resolve("postgres/data"));
    Map<String, Object> properties = new HashMap<>(stack.platformProperties(stack.newDatabase()));
    // The office's job executor as configured (application.yaml), not the tests' eager polling.
    properties.remove("operaton.bpm.job-execution.wait-time-in-millis");
    properties.remove("operaton.bpm.job-execution.max-wait");
    properties.put("ipflow.examination.automated-acceptance", "true");
    properties.put("server.port", "0");

    try (ConfigurableApplicationContext context =
        BenchmarkPlatform.start(
            properties,
            beans -> {
              beans.registerBean("processBenchmarkMilestones", Milestones.class, () -> milestones);
              beans.registerBean(
                  NoopModels.DELEGATE_BEAN, NoopModels.Delegate.class, NoopModels.Delegate::new);
            })) {
      filingService = context.getBean(FilingService.class);
      jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      runtime = engine.getRuntimeService();
      management = engine.getManagementService();
      NoopModels.deploy(engine.getRepositoryService());
      markFee = Filings.dueToday("TRADEMARK", "LEGAL_ENTITY", 1);
      designFee = Filings.dueToday("DESIGN", "LEGAL_ENTITY", 1);

      out.printf(
          Locale.ROOT,
          "Process benchmark: %d marks + %d designs per path in %d alternating rounds, %d clients,"
              + " warm-up %d + %d, %d processors, history %s%n",
          settings.filings(),
          settings.filings(),
          settings.rounds(),
          settings.clients(),
          settings.warmup(),
          settings.warmup(),
          Runtime.getRuntime().availableProcessors(),
          engine.getProcessEngineConfiguration().getHistory());
      measure(true, settings.warmup());
      measure(false, settings.warmup());
      Sample real = Sample.none();
      Sample noop = Sample.none();
      int perRound = (settings.filings() + settings.rounds() - 1) / settings.rounds();
      List<Double> roundRatios = new ArrayList<>();
      for (int round = 1; round <= settings.rounds(); round++) {
        // Which path goes first alternates, so that neither always follows the other's leftovers.
        boolean realFirst = round % 2 == 1;
        Sample first = measure(realFirst, perRound);
        Sample second = measure(!realFirst, perRound);
        Sample r = realFirst ? first : second;
        Sample n = realFirst ? second : first;
        Figures realFigures = report(r.figures("round " + round + " real"));
        Figures noopFigures = report(n.figures("round " + round + " no-op"));
        roundRatios.add(realFigures.perSecond() / noopFigures.perSecond());
        real = real.plus(r);
        noop = noop.plus(n);
      }
      out.println("all rounds:");
      Result result = new Result(report(real.figures("real")), report(noop.figures("no-op")));
      List<Double> sorted = roundRatios.stream().sorted().toList();
      out.printf(
          Locale.ROOT,
          "ratio real / no-op: %.2f (target >= 0.5); per round from %.2f to %.2f, median %.2f%n",
          result.ratio(),
          sorted.get(0),
          sorted.get(sorted.size() - 1),
          Percentiles.median(sorted));
      // The same comparison in cost rather than in rate; the two agree when the machine is
      // saturated, and the cost shows which side (JVM or database) a change moved.
      printCosts(
          "machine CPU per filing (JVM + PostgreSQL)",
          result.real().cpuMillisPerFiling(),
          result.noop().cpuMillisPerFiling());
      // The rounds are short, and the work a round's filings leave behind when their last case
      // gets there (a design's certificate, its augmentation) is done after the timed span: the
      // cost comparison with it, which no round's length flatters.
      printCosts(
          "with the work left after each round's last case",
          result.real().cpuMillisPerFilingWithTrailing(),
          result.noop().cpuMillisPerFilingWithTrailing());
      return result;
    }
  }

  /** Prints both paths' CPU per filing and no-op / real, where both could be measured. */
  private void printCosts(String what, OptionalDouble real, OptionalDouble noop) {
    if (real.isPresent() && noop.isPresent()) {
      out.printf(
          Locale.ROOT,
          "%s: real %.1f ms, no-op %.1f ms; no-op / real %.2f%n",
          what,
          real.getAsDouble(),
          noop.getAsDouble(),
          noop.getAsDouble() / real.getAsDouble());
    }
  }

  private Figures report(Figures figures) {
    out.printf(
        Locale.ROOT,
        "%-15s %6.1f filings/s | mark to opposition period p50 %6.1f ms p99 %6.1f ms"
            + " | design to registered p50 %6.1f ms p99 %6.1f ms | JVM CPU %.2f cores%s%n",
        figures.path(),
        figures.perSecond(),
        figures.marks().p50Millis(),
        figures.marks().p99Millis(),
        figures.designs().p50Millis(),
        figures.designs().p99Millis(),
        figures.jvmCores(),
        figures.postgresCores().isPresent()
            ? String.format(
                Locale.ROOT,
                ", PostgreSQL %.2f | CPU per filing %.1f ms (+ %.1f after)",
                figures.postgresCores().getAsDouble(),
                figures.cpuMillisPerFiling().getAsDouble(),
                figures.trailingMillisPerFiling().orElse(Double.NaN))
            : "");
    return figures;
  }

  /** Files {@code count} marks and {@code count} designs (real or no-op) and times them. */
  private Sample measure(boolean real, int count) {
    awaitQuiet();
    int total = 2 * count;
    AtomicInteger next = new AtomicInteger();
    List<Long> marks = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Long> designs = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService clients = Executors.newFixedThreadPool(settings.clients());
    // Read outside the timed span: the walk through /proc is the benchmark's, not the office's.
    OptionalLong postgresStart = postgresCpu.nanos();
    long start = System.nanoTime();
    long cpuStart = cpuNanos();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < settings.clients(); c++) {
        running.add(
            clients.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    boolean mark = i % 2 == 0;
                    long filed = System.nanoTime();
                    String key = real ? fileReal(mark) : fileNoop(mark);
                    long there = awaitTarget(key);
                    (mark ? marks : designs).add(there - filed);
                  }
                  return null;
                }));
      }
      for (Future<?> client : running) {
        client.get();
      }
      if (real) {
        // Receipts are sealed right after each filing's commit, beside the procedure: the round
        // is done when they are, so that their work is counted here and not in the next round.
        awaitNothingOwed("receipt_job");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("a case did not reach its target: " + e.getCause(), e);
    } finally {
      clients.shutdownNow();
    }
    long elapsed = System.nanoTime() - start;
    long cpu = cpuNanos() - cpuStart;
    OptionalLong postgresEnd = postgresCpu.nanos();
    long postgres =
        postgresStart.isPresent() && postgresEnd.isPresent()
            ? postgresEnd.getAsLong() - postgresStart.getAsLong()
            : -1;
    long cpuEnd = cpuNanos();
    awaitQuiet();
    long jvmTrailing = cpuNanos() - cpuEnd;
    OptionalLong postgresAfter = postgresCpu.nanos();
    long trailing =
        postgresEnd.isPresent() && postgresAfter.isPresent()
            ? jvmTrailing + postgresAfter.getAsLong() - postgresEnd.getAsLong()
            : -1;
    return new Sample(marks, designs, elapsed, cpu, postgres, trailing);
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private long awaitTarget(String key) throws InterruptedException {
    try {
      return milestones.future(key).get(CASE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          key
              + " did not reach its target state within "
              + CASE_TIMEOUT
              + "; incidents: "
              + runtime.createIncidentQuery().list().stream()
                  .map(i -> i.getActivityId() + ": " + i.getIncidentMessage())
                  .toList());
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e);
    } finally {
      milestones.forget(key);
    }
  }

  /** Lets the work left by the previous round (certificates, publications) finish first. */
  private void awaitQuiet() {
    awaitNothingOwed("procedure_start_job");
    awaitNothingOwed("receipt_job");
    awaitNothingOwed("augmentation_job");
    long deadline = System.nanoTime() + CASE_TIMEOUT.toNanos();
    while (management.createJobQuery().executable().count() > 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("jobs still due after " + CASE_TIMEOUT);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** Waits until the office's job table {@code table} has nothing due left to do. */
  private void awaitNothingOwed(String table) {
    BenchmarkPlatform.awaitNone(
        jdbc,
        "SELECT count(*) FROM " + table + " WHERE done_at IS NULL AND due_at <= now()",
        CASE_TIMEOUT);
  }

  private String fileReal(boolean mark) {
    return filingService.submit(mark ? mark() : design(), "benchmark").applicationNumber().value();
  }

  /** Starts a no-op case with the variables {@link FilingService#submit} gives a real one. */
  private String fileNoop(boolean mark) {
    String right = (mark ? IpRight.TRADEMARK : IpRight.DESIGN).name();
    String key = "NOOP-" + serial.incrementAndGet();
    runtime
        .createProcessInstanceByKey(NoopModels.key(FilingProcess.PROCESS_KEY))
        .businessKey(key)
        .setVariables(
            Map.of(
                FilingProcess.Variables.FILING_ID, UUID.randomUUID().toString(),
                FilingProcess.Variables.IP_RIGHT, right,
                FilingProcess.Variables.EXAMINATION_PROCESS,
                    NoopModels.key(FilingProcess.examinationProcess(right)),
                FilingProcess.Variables.GRANT_PROCESS,
                    NoopModels.key(FilingProcess.grantProcess(right)),
                FilingProcess.Variables.EXAMINER_GROUP, FilingProcess.Groups.examinersOf(right)))
        .execute();
    return key;
  }

  /** A clean word mark (no absolute-grounds finding), paid at filing, one class. */
  private NewFiling mark() {
    return new NewFiling(
        IpRight.TRADEMARK,
        new Filing.Content(
            "en",
            new Filing.Applicant("Helvetia Watches AG", "CH", "Genève", null),
            null,
            new Filing.Mark(inventedWord(serial.incrementAndGet())),
            List.of(new Filing.ClassTerms(14, List.of("Watches"))),
            List.of(),
            null,
            List.of(),
            0),
        List.of(
            new NewDocument(
                DocumentKind.MARK_REPRESENTATION, "mark.png", "image/png", Filings.PNG)),
        payment(markFee));
  }

  /** A design registrable as to form, paid at filing, publication not deferred. */
  private NewFiling design() {
    return new NewFiling(
        IpRight.DESIGN,
        new Filing.Content(
            "en",
            new Filing.Applicant("Helvetia Watches AG", "CH", "Genève", null),
            null,
            new Filing.Mark(null),
            List.of(),
            List.of(new Filing.Design("Wrist watch", "10-02")),
            null,
            List.of(),
            0),
        List.of(
            new NewDocument(
                DocumentKind.DESIGN_REPRESENTATION, "view.png", "image/png", Filings.PNG)),
        payment(designFee));
  }

  private static NewPayment payment(BigDecimal amount) {
    return new NewPayment(amount, "EUR", "PAY-" + UUID.randomUUID(), "benchmark");
  }

  /** A distinct invented word per number, e.g. ZORBIKA: no dictionary word, no finding. */
  static String inventedWord(int number) {
    StringBuilder word = new StringBuilder("ZOR");
    int n = number;
    do {
      word.append(LETTERS.charAt(n % LETTERS.length()));
      n /= LETTERS.length();
      word.append(VOWELS.charAt(n % VOWELS.length()));
      n /= VOWELS.length();
    } while (n > 0);
    return word.toString();
  }
}
