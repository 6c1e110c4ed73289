package dev.recovery.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH suite with settings for a 2-core machine, prints a table against the targets and
 * writes the results as JSON (name, unit, score, error, dataset size, target, met).
 *
 * <p>Arguments: {@code [--full] [--smoke] [--size SIZE] [--gc parallel|g1] [--profile] [--results FILE]
 * [REGEX]}. Quick
 * mode (default) uses one fork and short iterations; {@code --full} two forks and longer ones; {@code
 * --smoke} runs each benchmark once, in-process, on the tiny dataset (what {@code mvn verify} does).
 * {@code --size} overrides the dataset size parameter (tiny, 10k, 100k, 1M where the benchmark has
 * them); {@code --gc} chooses the forks' garbage collector (default {@code parallel}, the throughput
 * collector; {@code g1} is the JVM default). A run of part of the suite (a {@code REGEX}) updates the
 * results file rather than replacing it: the rows it measured are replaced, the others kept as they
 * were, each with the mode it was measured in. {@code --profile} records a Java Flight Recorder profile of each fork, after warm-up, into
 * a {@code profiles/} folder next to the results file, one file per fork named by the JVM (open it with JDK Mission Control or {@code jfr print}).
 */
public final class BenchmarkSuite {

  /**
   * A performance target: the bound on the score and what it means.
   *
   * @param text the target as written in the issue
   * @param bound the bound on the score, in the benchmark's unit
   * @param atLeast whether the score must be at least (throughput) or at most (time) the bound
   */
  record Target(String text, double bound, boolean atLeast) {
    boolean met(double score) {
      return atLeast ? score >= bound : score <= bound;
    }
  }

  /** Targets by benchmark (class simple name + "." + method), from the performance issue. */
  static final Map<String, Target> TARGETS = Map.of(
      "TermsBenchmark.dueDate", new Target(">= 20 million due dates/s per core", 20_000_000, true),
      "CsvImportBenchmark.importInvoices", new Target(">= 1 million rows/s", 1_000_000, true),
      "ReconcileBenchmark.reconcile", new Target("<= 2 s for 100k payments vs 1M invoices", 2_000, false),
      "SegmentationBenchmark.segment", new Target("<= 1 s for 200k debtors / 1M invoices", 1_000, false),
      "DailyRunBenchmark.dailyRun", new Target(">= 2 million invoices/s end to end", 2_000_000, true),
      "SimulationBenchmark.simulate", new Target("<= 10 s for 10k debtors / 50k invoices / 365 days", 10_000, false));

  private BenchmarkSuite() {}

  /**
   * The system property naming the directory where a benchmark fork writes facts about what it
   * measured beyond its score (the reconciliation's auto-match rate and wrong matches), one JSON
   * object per benchmark and size ({@link #factsFile}); the suite puts them in its table and results.
   */
  static final String FACTS_PROPERTY = "recovery.benchmarks.facts";

  /** The file, in the facts directory, of a benchmark ({@code Class.method}) at a dataset size. */
  static String factsFile(String name, String size) {
    return name + (size == null || size.isEmpty() ? "" : "-" + size) + ".json";
  }

  /** Runs the suite. */
  public static void main(String[] args) throws RunnerException, IOException {
    boolean full = false;
    boolean smoke = false;
    boolean profile = false;
    String gc = "parallel";
    String size = null;
    Path results = Path.of("benchmarks/results/latest.json");
    String regex = "dev\\.recovery\\.benchmarks\\..*";
    boolean partial = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--full" -> full = true;
        case "--smoke" -> smoke = true;
        case "--results" -> results = Path.of(args[++i]);
        case "--profile" -> profile = true;
        case "--size" -> size = args[++i];
        case "--gc" -> gc = args[++i];
        case "--help", "-h" -> {
          System.out.println("usage: benchmarks/run [--full] [--smoke] [--size SIZE] [--gc parallel|g1] [--profile] "
              + "[--results FILE] [REGEX]");
          return;
        }
        default -> {
          regex = args[i];
          partial = true;
        }
      }
    }
    Path facts = Files.createTempDirectory("recovery-benchmarks-facts");
    System.setProperty(FACTS_PROPERTY, facts.toString()); // for a smoke run, in this JVM
    List<String> extra = new ArrayList<>(List.of("-D" + FACTS_PROPERTY + "=" + facts));
    if (profile) {
      Path dir = results.toAbsolutePath().getParent().resolve("profiles");
      Files.createDirectories(dir);
      // one recording per fork; the delay skips JVM start-up and most of the warm-up
      extra.add("-XX:StartFlightRecording=delay=" + (full ? 20 : 4) + "s,settings=profile,filename=" + dir);
      extra.add("-XX:FlightRecorderOptions=stackdepth=128");
    }
    ChainedOptionsBuilder options = options(regex, full, smoke, gc, extra.toArray(new String[0]));
    if (size != null) {
      options.param("size", size);
    }
    Collection<RunResult> runs = new Runner(options.build()).run();
    List<Row> rows = withFacts(rows(runs), facts);
    try (var written = Files.list(facts)) { // read: the temporary directory is not left behind
      for (Path f : (Iterable<Path>) written::iterator) {
        Files.delete(f);
      }
    }
    Files.delete(facts);
    compareWithDuckDb(rows);
    String mode = (full ? "full" : smoke ? "smoke" : "quick") + (smoke ? "" : ", " + gc + " GC");
    System.out.println(table(rows, mode));
    if (partial && !smoke) {
      int kept = merge(rows, results, mode);
      System.out.println("results written to " + results.toAbsolutePath() + " (" + rows.size() + " measured now, "
          + kept + " kept from the earlier run)");
    } else {
      write(rows, results, mode);
      System.out.println("results written to " + results.toAbsolutePath());
    }
  }

  /** The aging target is relative: no slower than the DuckDB baseline measured in the same run. */
  static void compareWithDuckDb(List<Row> rows) {
    Row library = null;
    Row duck = null;
    for (Row r : rows) {
      if (r.name().equals("AgingBenchmark.agingAndKpis")) {
        library = r;
      } else if (r.name().equals("AgingBenchmark.duckDbBaseline")) {
        duck = r;
      }
    }
    if (library != null && duck != null) {
      System.out.printf(Locale.ROOT, "aging + KPIs: library %.1f ms vs DuckDB %.1f ms (%s)%n", library.score(),
          duck.score(), library.score() <= duck.score() ? "target met" : "target NOT met");
    }
  }

  /** The JMH options for a mode. */
  static ChainedOptionsBuilder options(String regex, boolean full, boolean smoke) {
    return options(regex, full, smoke, "parallel");
  }

  /** The rows with the facts their forks wrote to {@code dir} ({@link #FACTS_PROPERTY}), if any. */
  static List<Row> withFacts(List<Row> rows, Path dir) throws IOException {
    List<Row> result = new ArrayList<>(rows.size());
    ObjectMapper mapper = new ObjectMapper();
    for (Row row : rows) {
      Path file = dir.resolve(factsFile(row.name(), row.size()));
      if (Files.exists(file)) {
        @SuppressWarnings("unchecked")
        Map<String, Object> f = mapper.readValue(Files.readString(file), java.util.LinkedHashMap.class);
        row = new Row(row.name(), row.size(), row.score(), row.error(), row.unit(), f);
      }
      result.add(row);
    }
    return result;
  }

  /**
   * The JVM arguments of the benchmark forks: a fixed 8 GB heap, touched at start (on a virtual
   * machine the page faults of a fresh or growing heap are otherwise measured as run time, and made
   * single iterations several times slower), and the garbage collector: {@code parallel} (the
   * throughput collector, what we recommend for nightly batch runs over millions of items) or {@code
   * g1} (the JVM default, tuned for short pauses rather than throughput).
   */
  static String[] jvmArgs(String gc) {
    return switch (gc) {
      case "parallel" -> new String[] {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch", "-XX:+UseParallelGC"};
      case "g1" -> new String[] {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch", "-XX:+UseG1GC"};
      default -> throw new IllegalArgumentException("unknown collector '" + gc + "' (parallel, g1)");
    };
  }

  /**
   * The JMH options for a mode and a garbage collector ({@link #jvmArgs(String)}), with more JVM
   * arguments for the forks ({@code jvmArgsAppend} replaces what it was given before, so they are all
   * given at once).
   */
  static ChainedOptionsBuilder options(String regex, boolean full, boolean smoke, String gc, String... moreJvmArgs) {
    ChainedOptionsBuilder b = new OptionsBuilder().include(regex).shouldFailOnError(true);
    if (smoke) {
      return b.forks(0).warmupIterations(0).measurementIterations(1)
          .measurementTime(TimeValue.milliseconds(1)).param("size", "tiny");
    }
    // a full collection between iterations: the setup data (a million-invoice ledger) is settled in the
    // old generation instead of being copied by the young collections measured in the first iterations
    List<String> forkArgs = new ArrayList<>(List.of(jvmArgs(gc)));
    forkArgs.addAll(List.of(moreJvmArgs));
    b.jvmArgsAppend(forkArgs.toArray(new String[0])).shouldDoGC(true);
    return full
        ? b.forks(2).warmupIterations(5).warmupTime(TimeValue.seconds(5)).measurementIterations(5)
            .measurementTime(TimeValue.seconds(5))
        : b.forks(1).warmupIterations(2).warmupTime(TimeValue.seconds(2)).measurementIterations(3)
            .measurementTime(TimeValue.seconds(2));
  }

  /**
   * One measured benchmark.
   *
   * @param name class simple name and method
   * @param size the dataset size parameter
   * @param score the score
   * @param error the score error (99.9 %)
   * @param unit the score unit
   */
  /**
   * One measured row: its score and, for some benchmarks, facts about what was measured (the
   * reconciliation's auto-match rate and wrong matches), in the order written.
   */
  record Row(String name, String size, double score, double error, String unit, Map<String, Object> facts) {

    Row {
      facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
    }

    /** A row without facts. */
    Row(String name, String size, double score, double error, String unit) {
      this(name, size, score, error, unit, Map.of());
    }
  }

  /**
   * The target of a row: the fixed ones of {@link #TARGETS}, and for the aging benchmark the DuckDB
   * baseline measured in the same run (no target when the baseline was not run).
   */
  static Target targetOf(Row row, List<Row> rows) {
    if (row.name().equals("AgingBenchmark.agingAndKpis")) {
      for (Row r : rows) {
        if (r.name().equals("AgingBenchmark.duckDbBaseline") && r.size().equals(row.size())) {
          return new Target(String.format(Locale.ROOT, "no slower than DuckDB (%.1f ms in this run)", r.score()),
              r.score(), false);
        }
      }
      return null;
    }
    return TARGETS.get(row.name());
  }

  static List<Row> rows(Collection<RunResult> runs) {
    List<Row> rows = new ArrayList<>();
    for (RunResult r : runs) {
      String label = r.getParams().getBenchmark();
      String[] parts = label.split("\\.");
      String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
      String size = r.getParams().getParamsKeys().contains("size") ? r.getParams().getParam("size") : "";
      var primary = r.getPrimaryResult();
      rows.add(new Row(name, size, primary.getScore(), primary.getScoreError(), primary.getScoreUnit()));
    }
    return rows;
  }

  static String table(List<Row> rows, String mode) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%nRecovery SDK benchmarks (%s mode, %d cores, JDK %s)%n", mode,
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
    sb.append(String.format(Locale.ROOT, "%-40s %-8s %16s %12s %-10s %-8s %s%n", "benchmark", "size", "score", "error",
        "unit", "met", "target"));
    for (Row row : rows) {
      Target t = targetOf(row, rows);
      String met = t == null || row.size().equals("tiny") ? "-" : t.met(row.score()) ? "yes" : "NO";
      sb.append(String.format(Locale.ROOT, "%-40s %-8s %16.1f %12.1f %-10s %-8s %s%n", row.name(), row.size(),
          row.score(), Double.isNaN(row.error()) ? 0.0 : row.error(), row.unit(), met, t == null ? "" : t.text()));
    }
    for (Row row : rows) {
      if (!row.facts().isEmpty()) {
        sb.append(String.format(Locale.ROOT, "%s (%s): %s%n", row.name(), row.size(), row.facts()));
      }
    }
    return sb.toString();
  }

  static void write(List<Row> rows, Path file, String mode) throws IOException {
    write(rows, List.of(), file, mode);
  }

  /**
   * Writes the rows of this run, and after them {@code kept}: entries of an earlier results file
   * (JSON objects as written there) for benchmarks this run did not measure.
   */
  private static void write(List<Row> rows, List<JsonNode> kept, Path file, String mode) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode doc = mapper.createObjectNode();
    doc.put("mode", mode);
    doc.put("cores", Runtime.getRuntime().availableProcessors());
    doc.put("jdk", System.getProperty("java.version"));
    doc.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    ArrayNode list = doc.putArray("benchmarks");
    for (Row row : rows) {
      ObjectNode n = list.addObject();
      n.put("name", row.name());
      n.put("unit", row.unit());
      n.put("score", row.score());
      n.put("error", Double.isNaN(row.error()) ? 0.0 : row.error());
      n.put("datasetSize", row.size());
      n.put("mode", mode);
      Target t = targetOf(row, rows);
      if (t != null && !row.size().equals("tiny")) {
        n.put("target", t.text());
        n.put("met", t.met(row.score()));
      }
      if (!row.facts().isEmpty()) {
        n.set("facts", mapper.valueToTree(row.facts()));
      }
    }
    list.addAll(kept);
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.writeString(file, mapper.writeValueAsString(doc) + "\n");
  }

  /**
   * Writes the rows of a partial run into the results file: an entry of the file for the same
   * benchmark and dataset size is replaced, the others are kept (an entry written before entries had
   * a mode gets the file's). Returns how many were kept. A file that cannot be read as results is an
   * error, not silently overwritten.
   */
  static int merge(List<Row> rows, Path file, String mode) throws IOException {
    List<JsonNode> kept = new ArrayList<>();
    if (Files.exists(file)) {
      JsonNode old;
      try {
        old = new ObjectMapper().readTree(Files.readString(file));
      } catch (IOException e) {
        throw new IOException(file + ": not a results file (" + e.getMessage() + "); move it away or pass --results",
            e);
      }
      JsonNode entries = old == null ? null : old.get("benchmarks");
      if (entries == null || !entries.isArray()) {
        throw new IOException(file + ": not a results file (no \"benchmarks\" array); move it away or pass --results");
      }
      for (JsonNode e : entries) {
        String name = e.path("name").asText();
        String size = e.path("datasetSize").asText();
        boolean measured = rows.stream().anyMatch(r -> r.name().equals(name) && r.size().equals(size));
        if (!measured) {
          ObjectNode copy = e.deepCopy();
          if (!copy.has("mode")) {
            copy.put("mode", old.path("mode").asText());
          }
          kept.add(copy);
        }
      }
    }
    write(rows, kept, file, mode);
    return kept.size();
  }
}
