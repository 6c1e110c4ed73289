package dev.recovery.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.io.Portfolio;
import dev.recovery.core.io.PortfolioLoad;
import dev.recovery.core.io.PortfolioLoader;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.money.Money;
import dev.recovery.core.reconcile.Reconciler;
import dev.recovery.core.risk.DefaultSegmenter;
import dev.recovery.core.risk.SegmentAssignment;
import dev.recovery.core.risk.Segmentation;
import dev.recovery.core.risk.SegmentationResult;
import dev.recovery.scenarios.run.DunningRun;
import dev.recovery.scenarios.scenario.ScenarioBook;
import dev.recovery.scenarios.simulate.BehaviourModel;
import dev.recovery.scenarios.simulate.CostModel;
import dev.recovery.scenarios.simulate.PortfolioGenerator;
import dev.recovery.scenarios.simulate.Simulator;
import dev.recovery.scenarios.simulate.StrategyResult;
import dev.recovery.scenarios.simulate.Strategies;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** What {@code simulate} and {@code demo} share: loading or generating, strategies, running, JSON. */
final class SimulationSetup {

  private SimulationSetup() {}

  /** Parses {@code debtors=N,invoices=M,seed=S} and generates that portfolio. */
  static Portfolio generate(String spec, LocalDate start) {
    int debtors = -1;
    int invoices = -1;
    long seed = 42;
    for (String part : spec.split(",")) {
      String[] kv = part.split("=", 2);
      try {
        switch (kv[0].strip()) {
          case "debtors" -> debtors = Integer.parseInt(kv[1].strip());
          case "invoices" -> invoices = Integer.parseInt(kv[1].strip());
          case "seed" -> seed = Long.parseLong(kv[1].strip());
          default -> throw new CliInputException("option '--generate': unknown key '" + kv[0].strip()
              + "' (expected debtors=N,invoices=M,seed=S)");
        }
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        throw new CliInputException("option '--generate': '" + part + "' is not key=number (expected "
            + "debtors=N,invoices=M,seed=S)", e);
      }
    }
    if (debtors <= 0 || invoices < 0) {
      throw new CliInputException("option '--generate': debtors=N (N >= 1) and invoices=M are required, got '" + spec + "'");
    }
    return PortfolioGenerator.generate(debtors, invoices, seed, start);
  }

  static Portfolio load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new CliInputException("option '--data': '" + dir + "' is not a directory");
    }
    PortfolioLoad load = PortfolioLoader.load(dir);
    if (!load.isClean()) {
      throw new CliInputException(load.failures().size() + " bad row(s) in '" + dir + "':\n" + load.failureReport());
    }
    return load.portfolio();
  }

  /** The strategies: each name is a variant of the book ({@link Strategies}) or a scenario file path. */
  static List<Simulator.Strategy> strategies(ScenarioBook book, List<String> names) {
    List<Simulator.Strategy> result = new ArrayList<>();
    for (String name : names) {
      ScenarioBook variant;
      if (Strategies.NAMES.contains(name.strip())) {
        variant = Strategies.variant(book, name);
      } else if (Files.isRegularFile(Path.of(name.strip()))) {
        variant = ScenariosCommand.read(Path.of(name.strip()));
      } else {
        throw new CliInputException("option '--compare': '" + name + "' is neither a strategy ("
            + String.join(", ", Strategies.NAMES) + ") nor a scenario file");
      }
      result.add(new Simulator.Strategy(name.strip(), DunningRun.of(variant, LegalWiring.gate(), LegalWiring.penalties())
          .withClaimCheck(LegalWiring.claims())));
    }
    return result;
  }

  /** Simulates, segmenting once as of the start on the reconciled ledger. */
  static List<StrategyResult> run(Portfolio portfolio, List<Simulator.Strategy> strategies, LocalDate start, int days,
      long seed, PrintWriter progress) {
    var ledger = Reconciler.defaults().reconcile(portfolio.ledger()).applyTo(portfolio.ledger());
    Map<DebtorId, CaseFile> caseFiles = portfolio.caseFiles();
    SegmentationResult segments = Segmentation.run(ledger, caseFiles, start, DefaultSegmenter.defaults());
    Simulator simulator = Simulator.of(BehaviourModel.defaults(), CostModel.defaults(), seed);
    return simulator.run(portfolio, strategies, start, days,
        d -> segments.assignment(d.id()).map(SegmentAssignment::segment).orElse("standard"),
        d -> new HashSet<>(segments.assignment(d.id()).map(SegmentAssignment::flags).orElse(List.of())),
        (name, day, index, total) -> {
          if (progress != null && (index % 30 == 29 || index == total - 1)) {
            progress.printf("simulate: %s %s (%d/%d days)%n", name, day, index + 1, total);
            progress.flush();
          }
        });
  }

  static ObjectNode json(ObjectNode doc, List<StrategyResult> results, boolean daily) {
    ArrayNode list = doc.putArray("strategies");
    for (StrategyResult r : results) {
      ObjectNode s = list.addObject();
      s.put("name", r.name());
      ObjectNode k = s.putObject("kpis");
      k.set("cashCollected", amounts(k, r.cashCollected()));
      k.set("openAtEnd", amounts(k, r.openAtEnd()));
      k.set("overdueAtEnd", amounts(k, r.overdueAtEnd()));
      k.put("currency", r.mainCurrency());
      r.dso().ifPresentOrElse(v -> k.put("dso", v), () -> k.putNull("dso"));
      r.cei().ifPresentOrElse(v -> k.put("cei", v), () -> k.putNull("cei"));
      ObjectNode contacts = k.putObject("contacts");
      r.contacts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> contacts.put(e.getKey(), e.getValue()));
      ObjectNode cost = k.putObject("cost");
      r.costByChannel().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> cost.put(e.getKey(), e.getValue().toPlainString()));
      cost.put("total", r.totalCost().toPlainString());
      ObjectNode blocked = k.putObject("blocked");
      r.blockedByRule().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> blocked.put(e.getKey(), e.getValue()));
      k.put("disputes", r.disputes());
      k.put("promisesKept", r.promisesKept());
      k.put("promisesBroken", r.promisesBroken());
      k.put("handOvers", r.handOvers());
      k.put("payments", r.payments().size());
      ArrayNode days = s.putArray("daily");
      if (daily) {
        r.daily().forEach(p -> {
          ObjectNode d = days.addObject();
          d.put("date", p.date().toString());
          d.set("cashCollected", amounts(d, p.cashCollected()));
          d.set("open", amounts(d, p.open()));
          d.set("overdue", amounts(d, p.overdue()));
          d.put("actions", p.actions());
          ObjectNode dc = d.putObject("contacts");
          p.contacts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> dc.put(e.getKey(), e.getValue()));
          ObjectNode db = d.putObject("blocked");
          p.blocked().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> db.put(e.getKey(), e.getValue()));
          d.put("cost", p.cost().toPlainString());
          d.put("disputes", p.disputes());
          d.put("promisesKept", p.promisesKept());
          d.put("promisesBroken", p.promisesBroken());
          d.put("handOvers", p.handOvers());
          p.dso().ifPresentOrElse(v -> d.put("dso", v), () -> d.putNull("dso"));
          p.cei().ifPresentOrElse(v -> d.put("cei", v), () -> d.putNull("cei"));
        });
      }
    }
    return doc;
  }

  private static ObjectNode amounts(ObjectNode parent, Map<String, Money> byCurrency) {
    ObjectNode n = parent.objectNode();
    byCurrency.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> n.put(e.getKey(), e.getValue().toPlainString()));
    return n;
  }

  static void printSummary(PrintWriter out, List<StrategyResult> results) {
    String cur = results.get(0).mainCurrency();
    out.printf("%-16s %14s %14s %14s %8s %8s %9s %10s %8s %6s %9s%n", "strategy", "cash " + cur, "open " + cur,
        "overdue " + cur, "DSO", "CEI %", "contacts", "cost EUR", "blocked", "hand", "promises");
    for (StrategyResult r : results) {
      out.printf("%-16s %14s %14s %14s %8s %8s %9d %10s %8d %6d %4d/%-4d%n", r.name(),
          money(r.cashCollected(), cur), money(r.openAtEnd(), cur), money(r.overdueAtEnd(), cur),
          r.dso().map(Object::toString).orElse("n/a"), r.cei().map(Object::toString).orElse("n/a"),
          r.contacts().values().stream().mapToInt(Integer::intValue).sum(), r.totalCost().toPlainString(),
          r.blockedByRule().values().stream().mapToInt(Integer::intValue).sum(), r.handOvers(), r.promisesKept(),
          r.promisesBroken());
    }
  }

  private static String money(Map<String, Money> m, String currency) {
    Money v = m.get(currency);
    return v == null ? "0.00" : v.toPlainString();
  }
}
