package dev.recovery.scenarios.simulate;

import dev.recovery.core.aging.AgingBuckets;
import dev.recovery.core.casefile.CaseEvent;
import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Channel;
import dev.recovery.core.casefile.Contact;
import dev.recovery.core.casefile.Dispute;
import dev.recovery.core.casefile.PromiseToPay;
import dev.recovery.core.casefile.Promises;
import dev.recovery.core.casefile.ReasonFamily;
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
import dev.recovery.core.terms.Installment;
import dev.recovery.scenarios.run.DebtorAccount;
import dev.recovery.scenarios.run.DunningRun;
import dev.recovery.scenarios.run.InMemoryActionJournal;
import dev.recovery.scenarios.run.JournalEntry;
import dev.recovery.scenarios.run.PlannedAction;
import dev.recovery.scenarios.run.RunResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * <p>Each day, for each strategy:
 * <ol>
 *   <li>the payments due that day arrive (unprompted ones drawn per invoice from the debtor's segment,
 *       and reactions to earlier actions) as bank lines that go through the real {@link Reconciler}
 *       against the debtor's ledger; what it leaves unmatched is allocated to the invoices the line
 *       names, as a clerk would;
 *   <li>the day's state is measured: open and overdue receivables, aging buckets, DSO and CEI (the
 *       formulas of {@link dev.recovery.core.aging.KpiCalculator});
 *   <li>the real {@link DunningRun} plans the day for every debtor with an open item, over its
 *       reconciled ledger and case file; the planned actions are recorded as done in an in-memory
 *       journal and cost what the {@link CostModel} says;
 *   <li>simulated debtors react as the {@link BehaviourModel} says (pay, promise, dispute, nothing),
 *       and the contacts, promises and disputes go into their case files for the next days.
 * </ol>
 * Every draw is keyed by seed, debtor, invoice, day and purpose ({@link Draws}), never taken from a
 * shared stream, so strategies compared on the same seed see the same draws for the same question and
 * differ by the strategy alone. An invoice's unprompted payment date is drawn once and holds in every
 * strategy, so chasing can only bring payments forward. No clock, no shared mutable state: the same
 * inputs give the same result. The library does no console output; {@link Progress} receives each day.
 */
public final class Simulator {

  /** Days of grace after a promised date before a promise counts as broken. */
  public static final int PROMISE_GRACE_DAYS = 3;

  /** Below this many accounts a day is planned sequentially: forking costs more than it saves. */
  private static final int PARALLEL_FROM = 2_000;


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
  private final boolean parallel;
  private final boolean everyDebtorEveryDay;

  private Simulator(BehaviourModel behaviour, CostModel costs, long seed, boolean parallel,
      boolean everyDebtorEveryDay) {
    this.behaviour = Objects.requireNonNull(behaviour, "behaviour");
    this.costs = Objects.requireNonNull(costs, "costs");
    this.seed = seed;
    this.parallel = parallel;
    this.everyDebtorEveryDay = everyDebtorEveryDay;
  }

  /** A simulator with these models and seed, planning debtors in parallel (same result as sequentially). */
  public static Simulator of(BehaviourModel behaviour, CostModel costs, long seed) {
    return new Simulator(behaviour, costs, seed, true, false);
  }

  /** This simulator planning debtors in parallel or not; the result is the same either way. */
  public Simulator withParallel(boolean parallelPlanning) {
    return new Simulator(behaviour, costs, seed, parallelPlanning, everyDebtorEveryDay);
  }

  /**
   * This simulator asking the engine about every debtor every day ({@code true}), or (the default)
   * only about the debtors with an open item on the days something can fall due for them: the first
   * day; the day one of its invoices is issued, the day after one falls due, and the days one of its
   * installments reaches a step offset of the strategy's scenarios; the day a payment arrives; the day
   * a dispute is resolved and the days a promise's grace ends; and every day while one of its actions
   * is blocked or a payment plan runs. The engine has nothing new to plan on the other days, so the
   * result is the same (a test checks it); only the time differs.
   */
  public Simulator withEveryDebtorEveryDay(boolean every) {
    return new Simulator(behaviour, costs, seed, parallel, every);
  }

  /**
   * Simulates each strategy from {@code start} for {@code days} days on the same portfolio and draws.
   *
   * @param segments the segment of each debtor (fixed over the horizon; it selects the scenario and the behaviour)
   * @param flags the flags of each debtor (fixed over the horizon)
   * @param progress receives each simulated day, or null
   */
  public List<StrategyResult> run(Portfolio portfolio, List<Strategy> strategies, LocalDate start, int days,
      Function<Debtor, String> segments, Function<Debtor, Set<String>> flags, Progress progress) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(strategies, "strategies");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(segments, "segments");
    Objects.requireNonNull(flags, "flags");
    if (days <= 0) {
      throw new IllegalArgumentException("days must be positive, was " + days);
    }
    // the payments already in the portfolio up to the start are reconciled once, as a host would before
    // its first run; those dated later are not known yet on the start date: what debtors pay from then
    // on is the simulation's to model (applying them too would pay their invoices twice)
    List<Allocation> initial = Reconciler.builder().asOf(start).build().reconcile(portfolio.ledger()).allocations();
    Setup setup = new Setup(portfolio, start, segments, flags, initial);
    List<StrategyResult> results = new ArrayList<>();
    for (Strategy s : strategies) {
      results.add(new Run(setup, s, days, progress).simulate());
    }
    return results;
  }

  /** A payment the simulation will book on a day. */
  private record Due(int debtor, List<InvoiceId> invoices, String why) {}

  /** What every strategy shares: the portfolio in arrays, segments, families, unprompted payment dates. */
  private final class Setup {
    final Portfolio portfolio;
    final LocalDate start;
    final List<Debtor> debtors;
    final Map<DebtorId, Integer> debtorIndex = new HashMap<>();
    final String[] segment;
    final Set<String>[] flags;
    final ReasonFamily[] family;
    final List<List<Invoice>> invoicesOf = new ArrayList<>();
    final List<Allocation> initial;
    final Invoice[] invoices;
    final Map<InvoiceId, Integer> invoiceIndex = new HashMap<>();
    final int[] debtorOf;
    final int[] issueDay;
    final int[] currency;
    final long[] amount;
    final boolean[] creditNote;
    final int[] instStart;
    final int[] instDue;
    final long[] instAmount;
    final List<String> currencies;
    final int main;
    final Map<LocalDate, List<Due>> unprompted = new TreeMap<>();
    final Draws draws = new Draws(seed);

    @SuppressWarnings("unchecked")
    Setup(Portfolio portfolio, LocalDate start, Function<Debtor, String> segments, Function<Debtor, Set<String>> fl,
        List<Allocation> initial) {
      this.portfolio = portfolio;
      this.start = start;
      this.initial = initial;
      this.debtors = portfolio.debtors();
      int nd = debtors.size();
      segment = new String[nd];
      flags = new Set[nd];
      family = new ReasonFamily[nd];
      for (int i = 0; i < nd; i++) {
        Debtor d = debtors.get(i);
        debtorIndex.put(d.id(), i);
        segment[i] = segments.apply(d);
        flags[i] = Set.copyOf(fl.apply(d));
        family[i] = behaviour.segment(segment[i]).family(draws.uniform("family", d.id().value()));
        invoicesOf.add(new ArrayList<>());
      }
      invoices = portfolio.invoices().toArray(new Invoice[0]);
      int ni = invoices.length;
      debtorOf = new int[ni];
      issueDay = new int[ni];
      currency = new int[ni];
      amount = new long[ni];
      creditNote = new boolean[ni];
      instStart = new int[ni + 1];
      Map<String, Integer> count = new TreeMap<>();
      for (Invoice inv : invoices) {
        count.merge(inv.amount().currencyCode(), 1, Integer::sum);
      }
      currencies = List.copyOf(count.keySet());
      String mainCode = count.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
          .orElse("EUR");
      main = Math.max(0, currencies.indexOf(mainCode));
      List<Installment> all = new ArrayList<>();
      for (int k = 0; k < ni; k++) {
        Invoice inv = invoices[k];
        invoiceIndex.put(inv.id(), k);
        debtorOf[k] = debtorIndex.get(inv.debtorId());
        invoicesOf.get(debtorOf[k]).add(inv);
        issueDay[k] = (int) inv.issueDate().toEpochDay();
        currency[k] = currencies.indexOf(inv.amount().currencyCode());
        amount[k] = inv.amount().toMinorUnits();
        creditNote[k] = inv.isCreditNote();
        instStart[k] = all.size();
        if (!creditNote[k]) {
          all.addAll(inv.installments());
        }
      }
      instStart[ni] = all.size();
      instDue = new int[all.size()];
      instAmount = new long[all.size()];
      for (int j = 0; j < all.size(); j++) {
        instDue[j] = (int) all.get(j).dueDate().toEpochDay();
        instAmount[j] = all.get(j).amount().toMinorUnits();
      }
      drawUnpromptedPayments();
    }

    private void drawUnpromptedPayments() {
      for (int k = 0; k < invoices.length; k++) {
        if (creditNote[k]) {
          continue;
        }
        Invoice invoice = invoices[k];
        int d = debtorOf[k];
        SegmentBehaviour sb = behaviour.segment(segment[d]);
        String id = invoice.id().value();
        double u = draws.uniform("natural", id);
        LocalDate due = invoice.finalDueDate();
        LocalDate when;
        if (u < sb.onTime()) {
          when = due.minusDays(draws.below(5, "early", id));
        } else if (u < sb.onTime() + sb.lateUnprompted()) {
          int max = (int) Math.ceil(sb.naturalDelayMaxDays() * behaviour.family(family[d]).unpromptedDelayFactor());
          when = due.plusDays(1 + draws.below(max, "late", id));
        } else {
          continue;
        }
        if (when.isBefore(invoice.issueDate())) {
          when = invoice.issueDate();
        }
        unprompted.computeIfAbsent(when, x -> new ArrayList<>()).add(new Due(d, List.of(invoice.id()), "unprompted"));
      }
    }

    Ledger ledgerOf(int d, List<Allocation> allocations) {
      Set<String> referenced = new HashSet<>();
      allocations.forEach(a -> referenced.add(a.sourceId()));
      List<Payment> payments = new ArrayList<>();
      for (Payment p : portfolio.payments()) {
        if (referenced.contains(p.id().value())) {
          payments.add(p);
        }
      }
      return Ledger.of(List.of(debtors.get(d)), invoicesOf.get(d), payments, allocations);
    }
  }

  /** The state of one strategy's simulation. */
  private final class Run {
    final Setup setup;
    final Strategy strategy;
    final int days;
    final Progress progress;
    final Draws draws;
    final Map<LocalDate, List<Due>> scheduled = new TreeMap<>();
    final Ledger[] ledgers;
    final long[] paid;
    final List<List<CaseEvent>> events = new ArrayList<>();
    final CaseFile[] caseFiles;
    final InMemoryActionJournal journal = new InMemoryActionJournal();
    final Map<String, Money> cash = new TreeMap<>();
    final Map<String, Integer> contacts = new TreeMap<>();
    final Map<String, Money> cost = new TreeMap<>();
    final Map<String, Integer> blocked = new TreeMap<>();
    final Map<String, List<String>> paths = new LinkedHashMap<>();
    final Set<InvoiceId> disputed = new HashSet<>();
    final List<PromiseToPay> pendingPromises = new ArrayList<>();
    final List<Payment> payments = new ArrayList<>();
    final Reconciler reconciler = Reconciler.defaults();
    final boolean[] touched;
    final boolean[] watched;
    final boolean[] planWatch;
    final Set<Integer> graceDays = new java.util.TreeSet<>();
    final Map<Integer, Set<Integer>> wakeUps = new HashMap<>();
    Money totalCost = Money.zero("EUR");
    int disputes;
    int promisesKept;
    int promisesBroken;
    int handOvers;
    int paymentCounter;

    Run(Setup setup, Strategy strategy, int days, Progress progress) {
      this.setup = setup;
      this.strategy = strategy;
      this.days = days;
      this.progress = progress;
      this.draws = setup.draws;
      int nd = setup.debtors.size();
      ledgers = new Ledger[nd];
      caseFiles = new CaseFile[nd];
      paid = new long[setup.invoices.length];
      touched = new boolean[nd];
      watched = new boolean[nd];
      planWatch = new boolean[nd];
      List<List<Allocation>> byDebtor = new ArrayList<>();
      for (int d = 0; d < nd; d++) {
        byDebtor.add(new ArrayList<>());
        events.add(new ArrayList<>());
      }
      for (Allocation a : setup.initial) {
        int k = setup.invoiceIndex.get(a.invoiceId());
        byDebtor.get(setup.debtorOf[k]).add(a);
        paid[k] += a.amount().toMinorUnits();
      }
      for (int d = 0; d < nd; d++) {
        ledgers[d] = setup.ledgerOf(d, byDebtor.get(d));
      }
      for (CaseEvent e : setup.portfolio.events()) {
        Integer d = setup.debtorIndex.get(e.debtorId());
        if (d != null) {
          events.get(d).add(e);
        }
      }
      setup.unprompted.forEach((day, dues) -> scheduled.put(day, new ArrayList<>(dues)));
      strategy.run().scenarios().scenarios().forEach(sc -> graceDays.add(sc.settings().promiseGraceDays()));
      graceDays.add(0);
      graceDays.add(PROMISE_GRACE_DAYS);
      computeWakeUps();
      for (int d = 0; d < nd; d++) {
        for (CaseEvent e : events.get(d)) {
          wakeFor(d, e);
        }
      }
    }

    /** The days something can fall due for each debtor: issue, due dates, due dates + every step offset. */
    void computeWakeUps() {
      Set<Integer> offsets = new java.util.TreeSet<>();
      offsets.add(1);
      strategy.run().scenarios().scenarios().forEach(sc -> sc.steps().forEach(st -> offsets.add(st.when().days())));
      int first = (int) setup.start.toEpochDay();
      int last = first + days - 1;
      for (int k = 0; k < setup.invoices.length; k++) {
        int d = setup.debtorOf[k];
        wake(setup.issueDay[k], first, last, d);
        for (int j = setup.instStart[k]; j < setup.instStart[k + 1]; j++) {
          for (int o : offsets) {
            wake(setup.instDue[j] + o, first, last, d);
          }
        }
      }
    }

    void wake(int day, int first, int last, int debtor) {
      if (day >= first && day <= last) {
        wakeUps.computeIfAbsent(day, x -> new HashSet<>()).add(debtor);
      }
    }


    void schedule(LocalDate day, Due due) {
      scheduled.computeIfAbsent(day, k -> new ArrayList<>()).add(due);
    }

    CaseFile caseFile(int d) {
      CaseFile f = caseFiles[d];
      if (f == null) {
        f = CaseFile.of(setup.debtors.get(d).id(), events.get(d));
        caseFiles[d] = f;
      }
      return f;
    }

    void addEvent(int d, CaseEvent e) {
      events.get(d).add(e);
      caseFiles[d] = null;
      wakeFor(d, e);
    }

    /** The days a case-file event can change what is due: a dispute's resolution, a promise's end of grace. */
    void wakeFor(int d, CaseEvent e) {
      int first = (int) setup.start.toEpochDay();
      int last = first + days - 1;
      if (e instanceof Dispute dispute) {
        dispute.resolved().ifPresent(r -> {
          wake((int) r.toEpochDay(), first, last, d);
          wake((int) r.toEpochDay() + 1, first, last, d);
        });
      } else if (e instanceof PromiseToPay promise) {
        int date = (int) promise.promisedDate().toEpochDay();
        for (int g : graceDays) {
          wake(date + g, first, last, d);
          wake(date + g + 1, first, last, d);
        }
      } else if (e instanceof dev.recovery.core.casefile.PaymentPlan) {
        planWatch[d] = true;
        watched[d] = true;
      }
    }

    StrategyResult simulate() {
      LocalDate start = setup.start;
      int startDay = (int) start.toEpochDay();
      long arStart = receivables(startDay - 1);
      int nc = setup.currencies.size();
      AgingBuckets buckets = AgingBuckets.standard();
      List<DailyPoint> daily = new ArrayList<>(days);
      LocalDate day = start;
      for (int index = 0; index < days; index++, day = day.plusDays(1)) {
        int today = (int) day.toEpochDay();
        // 1. payments arriving today, through the real reconciliation
        receivePayments(day);
        // 2. the day's state, and who has something open
        long[] open = new long[nc];
        long[] overdue = new long[nc];
        long[] bucket = new long[buckets.size()];
        long mainCurrent = 0;
        long sales90 = 0;
        long salesSinceStart = 0;
        boolean[] active = new boolean[setup.debtors.size()];
        for (int k = 0; k < setup.invoices.length; k++) {
          int issue = setup.issueDay[k];
          if (issue > today) {
            continue;
          }
          int c = setup.currency[k];
          if (c == setup.main) {
            long sign = setup.creditNote[k] ? -1 : 1;
            if (issue > today - 90) {
              sales90 += sign * setup.amount[k];
            }
            if (issue >= startDay) {
              salesSinceStart += sign * setup.amount[k];
            }
          }
          if (setup.creditNote[k] || paid[k] >= setup.amount[k]) {
            continue;
          }
          active[setup.debtorOf[k]] = true;
          open[c] += setup.amount[k] - paid[k];
          long covered = paid[k];
          for (int j = setup.instStart[k]; j < setup.instStart[k + 1]; j++) {
            long used = Math.min(covered, setup.instAmount[j]);
            covered -= used;
            long part = setup.instAmount[j] - used;
            if (today > setup.instDue[j]) {
              overdue[c] += part;
            } else if (c == setup.main) {
              mainCurrent += part;
            }
            if (c == setup.main) {
              bucket[buckets.indexOf(today - setup.instDue[j])] += part;
            }
          }
        }
        // 3. the real engine plans the day for the debtors something can be due for
        List<DebtorAccount> accounts = new ArrayList<>();
        Set<Integer> due = wakeUps.getOrDefault(today, Set.of());
        for (int d = 0; d < active.length; d++) {
          boolean ask = everyDebtorEveryDay
              || active[d] && (index == 0 || touched[d] || watched[d] || due.contains(d));
          touched[d] = false;
          if (ask) {
            accounts.add(new DebtorAccount(setup.debtors.get(d), ledgers[d], caseFile(d), setup.segment[d],
                setup.flags[d]));
          }
        }
        RunResult plan = strategy.run().plan(day, accounts, journal, parallel && accounts.size() >= PARALLEL_FROM);
        for (dev.recovery.scenarios.run.DebtorPlan dp : plan.plans()) {
          int d = setup.debtorIndex.get(dp.debtorId());
          // a blocked action may be allowed any later day: ask again daily while something is blocked
          watched[d] = planWatch[d] || !dp.blocked().isEmpty();
        }
        journal.record(plan.actions().stream().map(JournalEntry::of).toList());
        Map<String, Integer> blockedToday = plan.blockedByRule();
        blockedToday.forEach((rule, n) -> blocked.merge(rule, n, Integer::sum));
        // 4. debtors react
        Map<String, Integer> contactsToday = new TreeMap<>();
        for (PlannedAction action : plan.actions()) {
          react(action, day, contactsToday);
        }
        settlePromises(day);
        // 5. the day's point
        Map<String, Money> openMap = new TreeMap<>();
        Map<String, Money> overdueMap = new TreeMap<>();
        for (int c = 0; c < nc; c++) {
          java.util.Currency cur = Money.currency(setup.currencies.get(c));
          openMap.put(cur.getCurrencyCode(), Money.ofMinor(cur, open[c]));
          overdueMap.put(cur.getCurrencyCode(), Money.ofMinor(cur, overdue[c]));
        }
        java.util.Currency mainCur = Money.currency(setup.currencies.isEmpty() ? "EUR" : setup.currencies.get(setup.main));
        List<Money> bucketMoney = new ArrayList<>(bucket.length);
        for (long b : bucket) {
          bucketMoney.add(Money.ofMinor(mainCur, b));
        }
        long mainOpen = nc == 0 ? 0 : open[setup.main];
        Optional<BigDecimal> dso = sales90 > 0
            ? Optional.of(BigDecimal.valueOf(mainOpen).multiply(BigDecimal.valueOf(90))
                .divide(BigDecimal.valueOf(sales90), 10, RoundingMode.HALF_UP).setScale(1, RoundingMode.HALF_UP))
            : Optional.empty();
        long ceiDenominator = arStart + salesSinceStart - mainCurrent;
        Optional<BigDecimal> cei = ceiDenominator > 0
            ? Optional.of(BigDecimal.valueOf(arStart + salesSinceStart - mainOpen).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(ceiDenominator), 2, RoundingMode.HALF_UP))
            : Optional.empty();
        daily.add(new DailyPoint(day, cash, openMap, overdueMap, bucketMoney, dso, cei, plan.actions().size(),
            contactsToday, blockedToday, totalCost, disputes, promisesKept, promisesBroken, handOvers));
        if (progress != null) {
          progress.day(strategy.name(), day, index, days);
        }
      }
      DailyPoint last = daily.get(daily.size() - 1);
      return new StrategyResult(strategy.name(), mainCurrencyCode(), cash, last.open(), last.overdue(), last.dso(),
          last.cei(), contacts, cost, totalCost, blocked, disputes, promisesKept, promisesBroken, handOvers, daily,
          paths, payments);
    }

    String mainCurrencyCode() {
      return setup.currencies.isEmpty() ? "EUR" : setup.currencies.get(setup.main);
    }

    /** Open receivables of the main currency at the end of {@code epochDay}, from the start's allocations. */
    long receivables(int epochDay) {
      long ar = 0;
      for (int k = 0; k < setup.invoices.length; k++) {
        if (setup.issueDay[k] <= epochDay && !setup.creditNote[k] && setup.currency[k] == setup.main) {
          ar += Math.max(0, setup.amount[k] - paid[k]);
        }
      }
      return ar;
    }

    void receivePayments(LocalDate day) {
      List<Due> dues = scheduled.remove(day);
      if (dues == null) {
        return;
      }
      Map<Integer, List<Payment>> byDebtor = new TreeMap<>();
      Map<PaymentId, Due> why = new HashMap<>();
      Set<InvoiceId> claimed = new HashSet<>();
      for (Due due : dues) {
        Ledger ledger = ledgers[due.debtor()];
        Money amount = null;
        List<String> refs = new ArrayList<>();
        for (InvoiceId id : due.invoices()) {
          Money open = ledger.openAmount(id, day);
          if (open.isPositive() && claimed.add(id)) {
            amount = amount == null ? open : amount.plus(open);
            refs.add(id.value());
          }
        }
        if (amount == null) {
          continue;
        }
        DebtorId debtor = setup.debtors.get(due.debtor()).id();
        Payment p = new Payment(PaymentId.of("SIM-" + (++paymentCounter)), day, amount, Optional.of(debtor),
            Optional.of(String.join(" ", refs)), Optional.empty(), Optional.empty());
        byDebtor.computeIfAbsent(due.debtor(), k -> new ArrayList<>()).add(p);
        why.put(p.id(), due);
        payments.add(p);
        cash.merge(amount.currencyCode(), amount, Money::plus);
        path(debtor, day + " pays " + amount + " for " + String.join(", ", refs) + " (" + due.why() + ")");
        if (due.why().equals("agency")) {
          Money commission = costs.commission(amount);
          if (commission.currencyCode().equals(totalCost.currencyCode())) {
            cost.merge("agency", commission, Money::plus);
            totalCost = totalCost.plus(commission);
          }
        }
      }
      for (Map.Entry<Integer, List<Payment>> e : byDebtor.entrySet()) {
        int d = e.getKey();
        ReconciliationResult rec = reconciler.reconcile(ledgers[d], e.getValue());
        Ledger ledger = rec.applyTo(ledgers[d]);
        List<Allocation> applied = new ArrayList<>(rec.allocations());
        // what the reconciliation leaves unapplied is matched by hand to the invoices the line names
        List<Allocation> manual = new ArrayList<>();
        for (Payment p : e.getValue()) {
          Money left = p.amount();
          for (Allocation a : rec.allocations()) {
            if (a.sourceId().equals(p.id().value())) {
              left = left.minus(a.amount());
            }
          }
          for (InvoiceId id : why.get(p.id()).invoices()) {
            if (!left.isPositive()) {
              break;
            }
            Money open = ledger.openAmount(id, day);
            if (open.isPositive()) {
              Money part = open.min(left);
              manual.add(Allocation.ofPayment(p.id(), id, part, day));
              left = left.minus(part);
              ledger = ledger.withAllocations(List.of(manual.get(manual.size() - 1)));
            }
          }
        }
        applied.addAll(manual);
        ledgers[d] = ledger;
        touched[d] = true;
        for (Allocation a : applied) {
          paid[setup.invoiceIndex.get(a.invoiceId())] += a.amount().toMinorUnits();
        }
      }
    }

    void settlePromises(LocalDate day) {
      for (var it = pendingPromises.iterator(); it.hasNext(); ) {
        PromiseToPay p = it.next();
        int d = setup.debtorIndex.get(p.debtorId());
        Promises.Status status = Promises.status(p, ledgers[d], day, PROMISE_GRACE_DAYS);
        if (status == Promises.Status.KEPT) {
          promisesKept++;
          it.remove();
        } else if (status == Promises.Status.BROKEN) {
          promisesBroken++;
          path(p.debtorId(), day + " promise of " + p.promisedDate() + " broken");
          it.remove();
        }
      }
    }

    void react(PlannedAction action, LocalDate day, Map<String, Integer> contactsToday) {
      DebtorId debtor = action.debtorId();
      int d = setup.debtorIndex.get(debtor);
      String key = debtor.value();
      FamilyBehaviour fb = behaviour.family(setup.family[d]);
      if (action.handOver()) {
        handOvers++;
        path(debtor, day + " " + action.step() + ": handed over (" + action.template() + ") for " + action.amount());
        if (draws.uniform("agency", key, action.step()) < fb.agencyRecovery()) {
          schedule(day.plusDays(behaviour.agencyDays()), new Due(d, action.invoices(), "agency"));
        }
        return;
      }
      Channel channel = action.channel().orElseThrow();
      contacts.merge(channel.code(), 1, Integer::sum);
      contactsToday.merge(channel.code(), 1, Integer::sum);
      Money c = costs.cost(channel);
      if (c.currencyCode().equals(totalCost.currencyCode())) {
        cost.merge(channel.code(), c, Money::plus);
        totalCost = totalCost.plus(c);
      }
      boolean through = draws.uniform("through", key, day, action.step()) < behaviour.getsThrough(channel);
      Contact.Outcome outcome = channel.isVoice()
          ? (through ? Contact.Outcome.REACHED : Contact.Outcome.NO_ANSWER) : Contact.Outcome.SENT;
      addEvent(d, new Contact(debtor, action.scheduledAt().toOffsetDateTime(), channel, Contact.Direction.OUTBOUND,
          outcome, Contact.DEBTOR, Optional.empty(), action.invoices(), Optional.of("simulated " + action.step())));
      path(debtor, day + " " + action.step() + " by " + channel.code() + " for " + action.amount()
          + (through ? "" : channel.isVoice() ? " (not reached)" : " (not read)"));
      if (!through) {
        return;
      }
      for (InvoiceId invoice : action.invoices()) {
        if (!disputed.contains(invoice) && draws.uniform("dispute", key, invoice.value()) < fb.disputeOnContact()) {
          disputed.add(invoice);
          LocalDate resolved = day.plusDays(behaviour.disputeDays() + draws.below(behaviour.disputeDays(),
              "dispute-days", invoice.value()));
          addEvent(d, new Dispute(debtor, invoice, day, setup.family[d] == ReasonFamily.DISPUTE ? "dispute"
              : "other", Optional.of(resolved), Optional.of("simulated")));
          disputes++;
          path(debtor, day + " disputes " + invoice + " until " + resolved);
          if (draws.uniform("dispute-pays", key, invoice.value()) < behaviour.paidAfterDispute()) {
            schedule(resolved.plusDays(1 + draws.below(behaviour.responseLagDays(), "dispute-lag", invoice.value())),
                new Due(d, List.of(invoice), "dispute resolved"));
          }
          return;
        }
      }
      if (draws.uniform("pay", key, day, action.step()) < fb.payAfter(channel)) {
        schedule(day.plusDays(1 + draws.below(behaviour.responseLagDays(), "lag", key, day)),
            new Due(d, action.invoices(), "after " + channel.code()));
      } else if (channel == Channel.PHONE && draws.uniform("promise", key, day) < fb.promiseShare()) {
        LocalDate promised = day.plusDays(7);
        PromiseToPay p = new PromiseToPay(debtor, action.scheduledAt().toOffsetDateTime()
            .withOffsetSameInstant(ZoneOffset.UTC), action.amount(), promised, action.invoices());
        addEvent(d, p);
        pendingPromises.add(p);
        path(debtor, day + " promises " + action.amount() + " by " + promised);
        if (draws.uniform("kept", key, day) < fb.promiseKept()) {
          schedule(promised, new Due(d, action.invoices(), "promise kept"));
        }
      }
    }

    void path(DebtorId debtor, String line) {
      paths.computeIfAbsent(debtor.value(), k -> new ArrayList<>()).add(line);
    }
  }
}
