package dev.recovery.scenarios.simulate;

import dev.recovery.core.aging.AgingReport;
import dev.recovery.core.aging.AgingTotals;
import dev.recovery.core.aging.KpiCalculator;
import dev.recovery.core.aging.Kpis;
import dev.recovery.core.casefile.CaseEvent;
import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Channel;
import dev.recovery.core.casefile.Contact;
import dev.recovery.core.casefile.Dispute;
import dev.recovery.core.casefile.PromiseToPay;
import dev.recovery.core.io.Portfolio;
import dev.recovery.core.ledger.Allocation;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.ledger.Payment;
import dev.recovery.core.ledger.PaymentId;
import dev.recovery.core.money.Money;
import dev.recovery.core.reconcile.ReconciliationResult;
import dev.recovery.core.reconcile.Reconciler;
import dev.recovery.scenarios.run.DebtorAccount;
import dev.recovery.scenarios.run.DunningRun;
import dev.recovery.scenarios.run.InMemoryActionJournal;
import dev.recovery.scenarios.run.JournalEntry;
import dev.recovery.scenarios.run.PlannedAction;
import dev.recovery.scenarios.run.RunResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Simulates dunning strategies day by day over a portfolio, with the real engine.
 *
 * <p>Each day: the payments due that day arrive (unprompted ones drawn per invoice, and reactions to
 * earlier actions) and flow through the real {@link Reconciler}; the real {@link DunningRun} plans the
 * day over the reconciled ledger and the case files; the planned actions are recorded as done in the
 * journal and cost what the {@link CostModel} says; simulated debtors react as the {@link
 * BehaviourModel} says (pay, promise, dispute), and the contacts, promises and disputes go into their
 * case files. Draws are keyed by debtor, invoice, day and purpose ({@link Draws}), so strategies
 * compared on the same seed see the same draws. No clock, no shared state: the same inputs give the
 * same result. The library does no console output; {@code progress} receives each strategy and day.
 */
public final class Simulator {

  /**
   * A strategy: a name and the run it plans with (its scenario book and legal gate).
   *
   * @param name the name shown in reports
   * @param run the configured run
   */
  public record Strategy(String name, DunningRun run) {
    /** Validates the fields. */
    public Strategy {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(run, "run");
    }
  }

  /** Receives progress: the strategy and the day just simulated. */
  @FunctionalInterface
  public interface Progress {
    /** Called after each simulated day. */
    void day(String strategy, LocalDate day, int dayIndex, int days);
  }

  private final BehaviourModel behaviour;
  private final CostModel costs;
  private final long seed;
  private final int pathSample;

  private Simulator(BehaviourModel behaviour, CostModel costs, long seed, int pathSample) {
    this.behaviour = behaviour;
    this.costs = costs;
    this.seed = seed;
    this.pathSample = pathSample;
  }

  /** A simulator with these models and seed; keeps the path of the first 20 debtors contacted. */
  public static Simulator of(BehaviourModel behaviour, CostModel costs, long seed) {
    return new Simulator(Objects.requireNonNull(behaviour, "behaviour"), Objects.requireNonNull(costs, "costs"), seed,
        20);
  }

  /**
   * Simulates each strategy from {@code start} for {@code days} days on the same portfolio and draws.
   *
   * @param segments the segment and flags of each debtor (fixed over the horizon)
   */
  public List<StrategyResult> run(Portfolio portfolio, List<Strategy> strategies, LocalDate start, int days,
      Function<Debtor, String> segments, Function<Debtor, Set<String>> flags, Progress progress) {
    Objects.requireNonNull(portfolio, "portfolio");
    if (days <= 0) {
      throw new IllegalArgumentException("days must be positive, was " + days);
    }
    List<StrategyResult> results = new ArrayList<>();
    for (Strategy s : strategies) {
      results.add(new Run(portfolio, s, start, days, segments, flags, progress).simulate());
    }
    return results;
  }

  /** A payment the simulation will book on a day. */
  private record Due(DebtorId debtor, List<InvoiceId> invoices, String why) {}

  /** The state of one strategy's simulation. */
  private final class Run {
    final Portfolio portfolio;
    final Strategy strategy;
    final LocalDate start;
    final int days;
    final Function<Debtor, String> segments;
    final Function<Debtor, Set<String>> flags;
    final Progress progress;
    final Draws draws = new Draws(seed);
    final Map<LocalDate, List<Due>> scheduled = new TreeMap<>();
    final List<Allocation> allocations = new ArrayList<>();
    final Map<DebtorId, List<CaseEvent>> events = new HashMap<>();
    final InMemoryActionJournal journal = new InMemoryActionJournal();
    final Map<String, Money> cash = new TreeMap<>();
    final Map<String, Integer> contacts = new TreeMap<>();
    final Map<String, Money> cost = new TreeMap<>();
    final Map<String, Integer> blocked = new TreeMap<>();
    final Map<String, List<String>> paths = new LinkedHashMap<>();
    final List<PromiseToPay> promises = new ArrayList<>();
    final String mainCurrency;
    Money totalCost = Money.zero("EUR");
    int disputes;
    int handOvers;
    int paymentCounter;

    Run(Portfolio portfolio, Strategy strategy, LocalDate start, int days, Function<Debtor, String> segments,
        Function<Debtor, Set<String>> flags, Progress progress) {
      this.portfolio = portfolio;
      this.strategy = strategy;
      this.start = start;
      this.days = days;
      this.segments = segments;
      this.flags = flags;
      this.progress = progress;
      Map<String, Integer> byCurrency = new TreeMap<>();
      portfolio.invoices().forEach(i -> byCurrency.merge(i.amount().currencyCode(), 1, Integer::sum));
      this.mainCurrency = byCurrency.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
          .orElse("EUR");
      portfolio.events().forEach(e -> events.computeIfAbsent(e.debtorId(), k -> new ArrayList<>()).add(e));
      // the payments already in the portfolio are reconciled once, as a host would before its first run
      allocations.addAll(Reconciler.defaults().reconcile(portfolio.ledger()).allocations());
      scheduleUnpromptedPayments();
    }

    void scheduleUnpromptedPayments() {
      Map<DebtorId, Debtor> debtors = portfolio.debtorsById();
      for (Invoice invoice : portfolio.invoices()) {
        if (invoice.isCreditNote()) {
          continue;
        }
        Debtor d = debtors.get(invoice.debtorId());
        double u = draws.uniform("natural", invoice.id().value());
        double onTime = behaviour.onTime(d.type());
        LocalDate due = invoice.finalDueDate();
        LocalDate when;
        if (u < onTime) {
          when = due.minusDays(draws.below(5, "early", invoice.id().value()));
        } else if (u < onTime + behaviour.lateUnprompted()) {
          when = due.plusDays(1 + draws.below(behaviour.naturalDelayMaxDays(), "late", invoice.id().value()));
        } else {
          continue;
        }
        if (when.isBefore(invoice.issueDate())) {
          when = invoice.issueDate();
        }
        schedule(when, new Due(invoice.debtorId(), List.of(invoice.id()), "unprompted"));
      }
    }

    void schedule(LocalDate day, Due due) {
      scheduled.computeIfAbsent(day, k -> new ArrayList<>()).add(due);
    }

    StrategyResult simulate() {
      Ledger ledger = Ledger.of(portfolio.debtors(), portfolio.invoices(), List.of(), allocations);
      List<DailyPoint> daily = new ArrayList<>();
      Reconciler reconciler = Reconciler.defaults();
      Map<String, Money> openAtStart = new TreeMap<>();
      AgingReport.compute(ledger, start.minusDays(1)).byCurrency()
          .forEach((c, t) -> openAtStart.put(c.getCurrencyCode(), t.open()));
      Money salesDuring = Money.zero(mainCurrency);
      for (Invoice i : portfolio.invoices()) {
        if (!i.issueDate().isBefore(start) && i.issueDate().isBefore(start.plusDays(days))
            && i.amount().currencyCode().equals(mainCurrency)) {
          salesDuring = i.isCreditNote() ? salesDuring.minus(i.amount()) : salesDuring.plus(i.amount());
        }
      }
      LocalDate day = start;
      for (int index = 0; index < days; index++, day = day.plusDays(1)) {
        // 1. payments arriving today, through the real reconciliation
        List<Payment> arriving = new ArrayList<>();
        for (Due due : scheduled.getOrDefault(day, List.of())) {
          Money amount = null;
          List<String> refs = new ArrayList<>();
          for (InvoiceId id : due.invoices()) {
            Money open = ledger.openAmount(id, day);
            if (open.isPositive()) {
              amount = amount == null ? open : amount.plus(open);
              refs.add(id.value());
            }
          }
          if (amount != null) {
            arriving.add(new Payment(PaymentId.of("SIM-" + (++paymentCounter)), day, amount, Optional.of(due.debtor()),
                Optional.of(String.join(" ", refs)), Optional.empty(), Optional.empty()));
            cash.merge(amount.currencyCode(), amount, Money::plus);
            path(due.debtor(), day + " paid " + amount + " (" + due.why() + ")");
          }
        }
        scheduled.remove(day);
        if (!arriving.isEmpty()) {
          ReconciliationResult rec = reconciler.reconcile(ledger, arriving);
          // derive rather than rebuild: the invoice indexes and columns are shared
          ledger = ledger.withAllocations(rec.allocations());
        }
        // 2. the real engine plans the day
        List<DebtorAccount> accounts = new ArrayList<>(portfolio.debtors().size());
        for (Debtor d : portfolio.debtors()) {
          accounts.add(new DebtorAccount(d, ledger, CaseFile.of(d.id(), events.getOrDefault(d.id(), List.of())),
              segments.apply(d), flags.apply(d)));
        }
        RunResult plan = strategy.run().plan(day, accounts, journal, false);
        journal.record(plan.actions().stream().map(JournalEntry::of).toList());
        plan.blockedByRule().forEach((rule, n) -> blocked.merge(rule, n, Integer::sum));
        // 3. debtors react
        for (PlannedAction action : plan.actions()) {
          react(action, day);
        }
        // 4. the day's state
        Map<String, Money> open = new TreeMap<>();
        Map<String, Money> overdue = new TreeMap<>();
        AgingReport aging = AgingReport.compute(ledger, day);
        AgingTotals main = aging.byCurrency().get(Money.currency(mainCurrency));
        List<Money> buckets = main == null
            ? java.util.Collections.nCopies(aging.buckets().size(), Money.zero(mainCurrency)) : main.buckets();
        for (Map.Entry<java.util.Currency, AgingTotals> e : aging.byCurrency().entrySet()) {
          open.put(e.getKey().getCurrencyCode(), e.getValue().open());
          overdue.put(e.getKey().getCurrencyCode(), e.getValue().overdue());
        }
        Optional<BigDecimal> dso = Optional.empty();
        if (index % 7 == 6 || index == days - 1) {
          dso = Optional.ofNullable(KpiCalculator.compute(ledger, day, 90).get(Money.currency(mainCurrency)))
              .flatMap(Kpis::dsoStandard);
        }
        daily.add(new DailyPoint(day, cash, open, overdue, plan.actions().size(), totalCost, dso, buckets));
        if (progress != null) {
          progress.day(strategy.name(), day, index, days);
        }
      }
      LocalDate end = start.plusDays(days - 1L);
      Map<String, Money> openEnd = daily.get(daily.size() - 1).open();
      Map<String, Money> overdueEnd = daily.get(daily.size() - 1).overdue();
      Optional<BigDecimal> dso = daily.get(daily.size() - 1).dso();
      Optional<BigDecimal> cei = cei(openAtStart.getOrDefault(mainCurrency, Money.zero(mainCurrency)), salesDuring,
          openEnd.getOrDefault(mainCurrency, Money.zero(mainCurrency)),
          openEnd.getOrDefault(mainCurrency, Money.zero(mainCurrency))
              .minus(overdueEnd.getOrDefault(mainCurrency, Money.zero(mainCurrency))));
      int kept = 0;
      int broken = 0;
      for (PromiseToPay p : promises) {
        var status = dev.recovery.core.casefile.Promises.status(p, ledger, end, 0);
        if (status == dev.recovery.core.casefile.Promises.Status.KEPT) {
          kept++;
        } else if (status == dev.recovery.core.casefile.Promises.Status.BROKEN) {
          broken++;
        }
      }
      return new StrategyResult(strategy.name(), mainCurrency, cash, openEnd, overdueEnd, dso, cei, contacts, cost,
          totalCost, blocked, disputes, kept, broken, handOvers, daily, paths);
    }

    /** CEI over the horizon: (start + sales - end) / (start + sales - current at end) × 100. */
    Optional<BigDecimal> cei(Money atStart, Money sales, Money atEnd, Money currentAtEnd) {
      Money denominator = atStart.plus(sales).minus(currentAtEnd);
      if (!denominator.isPositive()) {
        return Optional.empty();
      }
      return Optional.of(atStart.plus(sales).minus(atEnd).amount().multiply(BigDecimal.valueOf(100))
          .divide(denominator.amount(), 2, java.math.RoundingMode.HALF_UP));
    }

    void react(PlannedAction action, LocalDate day) {
      DebtorId debtor = action.debtorId();
      String key = debtor.value();
      if (action.handOver()) {
        handOvers++;
        path(debtor, day + " handed over to " + action.template().replace("hand-over-", ""));
        if (draws.uniform("agency", key, action.step()) < behaviour.agencyRecovery()) {
          schedule(day.plusDays(behaviour.agencyDays()), new Due(debtor, action.invoices(), "agency"));
          Money commission = costs.commission(action.amount());
          if (commission.currencyCode().equals("EUR")) {
            cost.merge("agency", commission, Money::plus);
            totalCost = totalCost.plus(commission);
          }
        }
        return;
      }
      Channel channel = action.channel().orElseThrow();
      contacts.merge(channel.code(), 1, Integer::sum);
      Money c = costs.cost(channel);
      cost.merge(channel.code(), c, Money::plus);
      totalCost = totalCost.plus(c);
      path(debtor, day + " " + action.step() + " by " + channel.code() + " for " + action.amount());
      List<CaseEvent> file = events.computeIfAbsent(debtor, k -> new ArrayList<>());
      boolean firstContact = file.stream().noneMatch(e -> e instanceof Contact);
      double r = draws.uniform("react", key, day, action.step());
      boolean reached = channel != Channel.PHONE || draws.uniform("reach", key, day) < 0.7;
      Contact.Outcome outcome = channel == Channel.PHONE
          ? (reached ? Contact.Outcome.REACHED : Contact.Outcome.NO_ANSWER) : Contact.Outcome.SENT;
      file.add(new Contact(debtor, action.scheduledAt().toOffsetDateTime(), channel, Contact.Direction.OUTBOUND, outcome,
          Contact.DEBTOR, Optional.empty(), action.invoices(), Optional.of("simulated " + action.step())));
      if (firstContact && draws.uniform("dispute", key) < behaviour.disputeShare()) {
        InvoiceId disputed = action.invoices().get(0);
        LocalDate resolved = day.plusDays(behaviour.disputeDays());
        file.add(new Dispute(debtor, disputed, day, "dispute", Optional.of(resolved), Optional.of("simulated")));
        disputes++;
        path(debtor, day + " disputes " + disputed + " until " + resolved);
        if (draws.uniform("dispute-pay", key) < 0.7) {
          schedule(resolved.plusDays(3), new Due(debtor, List.of(disputed), "after dispute"));
        }
        return;
      }
      if (r < behaviour.reactionTo(channel)) {
        schedule(day.plusDays(1 + draws.below(5, "lag", key, day)), new Due(debtor, action.invoices(),
            "after " + channel.code()));
      } else if (channel == Channel.PHONE && reached && draws.uniform("promise", key, day) < behaviour.promiseShare()) {
        LocalDate promised = day.plusDays(7);
        PromiseToPay p = new PromiseToPay(debtor, day.atTime(10, 0).atOffset(ZoneOffset.UTC), action.amount(), promised,
            action.invoices());
        file.add(p);
        promises.add(p);
        path(debtor, day + " promises " + action.amount() + " by " + promised);
        if (draws.uniform("kept", key, day) < behaviour.promiseKept()) {
          schedule(promised, new Due(debtor, action.invoices(), "promise kept"));
        }
      }
    }

    void path(DebtorId debtor, String line) {
      List<String> lines = paths.get(debtor.value());
      if (lines == null) {
        if (paths.size() >= pathSample) {
          return;
        }
        lines = new ArrayList<>();
        paths.put(debtor.value(), lines);
      }
      lines.add(line);
    }
  }
}
