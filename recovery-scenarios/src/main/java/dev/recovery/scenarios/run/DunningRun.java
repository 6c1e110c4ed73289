package dev.recovery.scenarios.run;

import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Channel;
import dev.recovery.core.casefile.PaymentPlan;
import dev.recovery.core.casefile.PromiseToPay;
import dev.recovery.core.casefile.Promises;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.LedgerColumns;
import dev.recovery.core.ledger.OpenItem;
import dev.recovery.core.money.Money;
import dev.recovery.scenarios.scenario.Scenario;
import dev.recovery.scenarios.scenario.ScenarioBook;
import dev.recovery.scenarios.scenario.SkipCondition;
import dev.recovery.scenarios.scenario.Step;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The daily dunning run: for each debtor account, what to do today.
 *
 * <p>The run is a pure function per debtor account, {@link #planDebtor}: (account state, case file,
 * scenario, gate, journal entries, as-of date) to planned actions. No clock, no randomness, no shared
 * state, so it is reproducible, idempotent and parallel ({@link #plan} over a portfolio gives the same
 * result in parallel as sequentially). The rules, each explained in the actions it produces:
 * <ul>
 *   <li>Only open amounts of the reconciled ledger count: a paid invoice is never reminded, a partly
 *       paid one for its open amount only.
 *   <li>Per invoice (its earliest open installment), the step due is the latest step whose date (due
 *       date + offset) has come and whose {@code skip-if} does not apply. If the journal records that
 *       step or a later one for the invoice, nothing is due: earlier missed steps are skipped, never
 *       sent late or all at once, and a step never repeats. A hand-over ends the scenario.
 *   <li>Invoices due for the same step are grouped per debtor and currency: one letter or call covers
 *       them all.
 *   <li>An open dispute pauses the disputed invoice (when the scenario says so); a pending promise
 *       pauses what it covers until its date plus the grace days, a broken one lets the schedule
 *       resume; an invoice under a payment plan leaves the schedule (the plan replaces it); overdue
 *       steps wait while the debtor's overdue total is below the scenario's minimum.
 *   <li>An opted-out channel, or one the debtor has no address for, switches to the next channel
 *       (SMS, WhatsApp or phone to e-mail, e-mail to letter) or blocks.
 *   <li>Every contact passes the {@link ActionGate}; a block that depends only on the hour or the day
 *       moves the action to the next allowed instant when it is allowed then; others are reported
 *       as blocked, with the rule and its reference.
 *   <li>Paper letters to businesses state the late-payment penalties of the {@link PenaltyQuoter}.
 *   <li>An item the {@link ClaimCheck} bars (limitation) is reported as blocked and never chased.
 *   <li>Each action's id is a stable hash of debtor, scenario, step and invoices: the idempotency key.
 * </ul>
 */
public final class DunningRun {

  /** Default local time of day at which actions are scheduled. */
  public static final LocalTime DEFAULT_CONTACT_TIME = LocalTime.of(9, 0);

  private static final Map<Channel, List<Channel>> FALLBACKS = Map.of(
      Channel.PHONE, List.of(Channel.EMAIL, Channel.LETTER),
      Channel.VOICEMAIL, List.of(Channel.EMAIL, Channel.LETTER),
      Channel.SMS, List.of(Channel.EMAIL, Channel.LETTER),
      Channel.WHATSAPP, List.of(Channel.EMAIL, Channel.LETTER),
      Channel.EMAIL, List.of(Channel.LETTER),
      Channel.LETTER, List.of(Channel.EMAIL),
      Channel.REGISTERED_LETTER, List.of());

  /** Per wanted channel: the channel then its fallbacks, in order. */
  private static final Map<Channel, Channel[]> TRIED = tried();
  /** {@code Optional.of(channel)} per channel, shared by the actions (immutable). */
  private static final Map<Channel, Optional<Channel>> SOME_CHANNEL = someChannel();
  private static final Reason NO_EMAIL = new Reason("debtor.no-address", "debtors.csv",
      "no e-mail address for the debtor");
  private static final Reason NO_PHONE = new Reason("debtor.no-address", "debtors.csv",
      "no phone number for the debtor");
  /** The claim check of a run that has none (recognised so as not to build the items it would be given). */
  private static final ClaimCheck NO_CLAIM_CHECK = ClaimCheck.none();

  private static Map<Channel, Channel[]> tried() {
    Map<Channel, Channel[]> m = new EnumMap<>(Channel.class);
    for (Channel c : Channel.values()) {
      List<Channel> order = new ArrayList<>();
      order.add(c);
      order.addAll(FALLBACKS.getOrDefault(c, List.of()));
      m.put(c, order.toArray(new Channel[0]));
    }
    return m;
  }

  private static Map<Channel, Optional<Channel>> someChannel() {
    Map<Channel, Optional<Channel>> m = new EnumMap<>(Channel.class);
    for (Channel c : Channel.values()) {
      m.put(c, Optional.of(c));
    }
    return m;
  }

  private final ScenarioBook scenarios;
  private final ActionGate gate;
  private final PenaltyQuoter penalties;
  private final ClaimCheck claims;
  private final LocalTime contactTime;
  /**
   * Whether the run plans from the columnar view (debtors with no step to take recognised first, items
   * read as primitives, objects made only for what the plan keeps); tests turn it off to compare with
   * the direct computation from the open items.
   */
  private final boolean precheck;

  private DunningRun(ScenarioBook scenarios, ActionGate gate, PenaltyQuoter penalties, ClaimCheck claims,
      LocalTime contactTime) {
    this(scenarios, gate, penalties, claims, contactTime, true);
  }

  private DunningRun(ScenarioBook scenarios, ActionGate gate, PenaltyQuoter penalties, ClaimCheck claims,
      LocalTime contactTime, boolean precheck) {
    this.scenarios = scenarios;
    this.gate = gate;
    this.penalties = penalties;
    this.claims = claims;
    this.contactTime = contactTime;
    this.precheck = precheck;
  }

  /**
   * This run computing every debtor directly from its open items, without the pre-check nor the
   * columnar planning (to test that they change nothing).
   */
  DunningRun withoutPrecheck() {
    return new DunningRun(scenarios, gate, penalties, claims, contactTime, false);
  }

  /** A run of these scenarios through this gate, stating penalties from {@code penalties}. */
  public static DunningRun of(ScenarioBook scenarios, ActionGate gate, PenaltyQuoter penalties) {
    return new DunningRun(Objects.requireNonNull(scenarios, "scenarios"), Objects.requireNonNull(gate, "gate"),
        Objects.requireNonNull(penalties, "penalties"), NO_CLAIM_CHECK, DEFAULT_CONTACT_TIME);
  }

  /** This run with a claim check (limitation): time-barred items are blocked, never chased. */
  public DunningRun withClaimCheck(ClaimCheck check) {
    return new DunningRun(scenarios, gate, penalties, Objects.requireNonNull(check, "check"), contactTime);
  }

  /** This run with actions scheduled at another local time of day. */
  public DunningRun withContactTime(LocalTime time) {
    return new DunningRun(scenarios, gate, penalties, claims, Objects.requireNonNull(time, "time"));
  }

  /** The scenarios. */
  public ScenarioBook scenarios() {
    return scenarios;
  }

  /**
   * Plans the day for every account, in parallel when asked; the result is in debtor id order and
   * the same either way. The journal is only read.
   */
  public RunResult plan(LocalDate asOf, Collection<DebtorAccount> accounts, ActionJournal journal, boolean parallel) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(journal, "journal");
    // one digest per worker thread for the actions' ids (a digest is not thread-safe; cloning one per
    // action cost more than hashing)
    ThreadLocal<MessageDigest> digests = ThreadLocal.withInitial(DunningRun::sha256);
    if (!precheck) {
      var stream = accounts.stream();
      if (parallel) {
        stream = stream.parallel();
      }
      DebtorPlan[] plans = stream
          .map(a -> planDebtor(a, asOf, scenario -> journal.lastSteps(a.debtor().id(), scenario), digests.get()))
          .toArray(DebtorPlan[]::new);
      return new RunResult(asOf, Arrays.asList(inDebtorIdOrder(plans, accounts.toArray(new DebtorAccount[0]), null,
          parallel)));
    }
    DebtorAccount[] all = accounts.toArray(new DebtorAccount[0]);
    DebtorPlan[] plans = new DebtorPlan[all.length];
    // each account's debtor index in its ledger's columns, looked up once: planning and ordering read it
    int[] indexes = new int[all.length];
    Day day = new Day(asOf);
    IntStream range = IntStream.range(0, all.length);
    if (parallel) {
      range = range.parallel();
    }
    ThreadLocal<IdHasher> hashers = ThreadLocal.withInitial(IdHasher::new);
    range.forEach(i -> {
      DebtorAccount a = all[i];
      LedgerColumns cols = a.ledger().columns();
      // accounts made by accounts(..) come in the ledger's debtor order: try that index first (an
      // adjacent read), else look the id up
      DebtorId id = a.debtor().id();
      DebtorId guess = i < cols.debtorCount() ? cols.debtor(i) : null;
      int d = guess != null && (guess == id || guess.equals(id)) ? i : cols.debtorIndexOf(id);
      indexes[i] = d;
      plans[i] = planFromColumns(a, d, day, scenario -> journal.lastSteps(a.debtor().id(), scenario),
          hashers.get());
    });
    return new RunResult(asOf, Arrays.asList(inDebtorIdOrder(plans, all, indexes, parallel)));
  }

  /**
   * What a run shares between its debtors, all of it immutable values computed from the run's own
   * inputs (never from a debtor's identity): the scheduled instant per time zone and the scenario per
   * segment and debtor type. Lives for one {@link #plan} call; thread-safe.
   */
  private final class Day {
    final LocalDate asOf;
    final int asOfDay;
    private final Map<ZoneId, ZonedDateTime> at = new ConcurrentHashMap<>();
    private final Map<String, Optional<Scenario>[]> scenarioBySegment = new ConcurrentHashMap<>();

    Day(LocalDate asOf) {
      this.asOf = asOf;
      this.asOfDay = (int) asOf.toEpochDay();
    }

    /** The run date at the contact time in the zone (what {@code asOf.atTime(..).atZone(zone)} gives). */
    ZonedDateTime at(ZoneId zone) {
      ZonedDateTime t = at.get(zone);
      if (t == null) {
        t = asOf.atTime(contactTime).atZone(zone);
        at.putIfAbsent(zone, t);
      }
      return t;
    }

    /** {@link ScenarioBook#select} (a pure function of the book, the segment and the type), once per pair. */
    @SuppressWarnings("unchecked")
    Optional<Scenario> select(String segment, DebtorType type) {
      Optional<Scenario>[] byType = scenarioBySegment.get(segment);
      if (byType == null) {
        byType = new Optional[DebtorType.values().length];
        Optional<Scenario>[] before = scenarioBySegment.putIfAbsent(segment, byType);
        if (before != null) {
          byType = before;
        }
      }
      Optional<Scenario> chosen = byType[type.ordinal()];
      if (chosen == null) {
        // racing threads compute the same value: either write is right
        chosen = scenarios.select(segment, type);
        byType[type.ordinal()] = chosen;
      }
      return chosen;
    }
  }

  /**
   * The plans in debtor-id order, {@code plans[i]} being that of {@code accounts[i]}, given each
   * account's debtor index in its ledger (or -1; {@code indexes} null: looked up): placed by the
   * ledger's id order (sorted once per ledger) when every account reads the same ledger and names
   * each of its debtors once, else sorted.
   */
  private static DebtorPlan[] inDebtorIdOrder(DebtorPlan[] plans, DebtorAccount[] accounts, int[] indexes,
      boolean parallel) {
    dev.recovery.core.ledger.Ledger ledger = accounts.length == 0 ? null : accounts[0].ledger();
    for (DebtorAccount a : accounts) {
      if (a.ledger() != ledger) {
        ledger = null;
        break;
      }
    }
    if (ledger != null) {
      LedgerColumns cols = ledger.columns();
      DebtorPlan[] slots = new DebtorPlan[cols.debtorCount()];
      boolean placed = true;
      for (int i = 0; i < plans.length && placed; i++) {
        int d = indexes != null ? indexes[i] : cols.debtorIndexOf(plans[i].debtorId());
        if (d < 0 || slots[cols.debtorIdRank(d)] != null) {
          placed = false;
        } else {
          slots[cols.debtorIdRank(d)] = plans[i];
        }
      }
      if (placed) {
        DebtorPlan[] ordered = new DebtorPlan[plans.length];
        int k = 0;
        for (DebtorPlan p : slots) {
          if (p != null) {
            ordered[k++] = p;
          }
        }
        return ordered;
      }
    }
    Comparator<DebtorPlan> byDebtor = Comparator.comparing(DebtorPlan::debtorId);
    if (parallel) {
      Arrays.parallelSort(plans, byDebtor);
    } else {
      Arrays.sort(plans, byDebtor);
    }
    return plans;
  }

  /**
   * The pure function per debtor account: what to do today for {@code account}, given the actions
   * already recorded for it.
   */
  public DebtorPlan planDebtor(DebtorAccount account, LocalDate asOf, List<JournalEntry> done) {
    Objects.requireNonNull(done, "done");
    Objects.requireNonNull(asOf, "asOf");
    Function<String, Map<InvoiceId, Integer>> lastSteps = scenario -> ActionJournal.lastSteps(done, scenario);
    if (!precheck) {
      return planDebtor(account, asOf, lastSteps, sha256());
    }
    int d = account.ledger().columns().debtorIndexOf(account.debtor().id());
    return planFromColumns(account, d, new Day(asOf), lastSteps, new IdHasher());
  }

  /**
   * {@link #planDebtor(DebtorAccount, LocalDate, List)} read from the ledger's columns: the open
   * amounts, due days and steps of the debtor's invoices as primitives, objects made only for what
   * the plan keeps (the items a claim check or a penalty quote is given, the actions). The same
   * plan as the direct computation, {@link #planDebtor(DebtorAccount, LocalDate, Function,
   * MessageDigest)}, to which it hands over what it does not cover (an amount beyond a {@code long}
   * of minor units).
   *
   * @param d the debtor's index in the ledger's columns, or -1
   */
  private DebtorPlan planFromColumns(DebtorAccount account, int d, Day day,
      Function<String, Map<InvoiceId, Integer>> lastSteps, IdHasher digest) {
    Debtor debtor = account.debtor();
    Optional<Scenario> chosen = day.select(account.segment(), debtor.type());
    if (chosen.isEmpty()) {
      return new DebtorPlan(debtor.id(), "", List.of(), List.of(), List.of());
    }
    Scenario scenario = chosen.get();
    Map<InvoiceId, Integer> lastStep = lastSteps.apply(scenario.id());
    if (d < 0) {
      return new DebtorPlan(debtor.id(), scenario.id(), List.of(), List.of(), List.of());
    }
    LedgerColumns cols = account.ledger().columns();
    int asOfDay = day.asOfDay;
    int fromRow = cols.debtorRowStart(d);
    int toRow = cols.debtorRowStart(d + 1);
    List<Step> steps = scenario.steps();
    Set<String> flags = account.flags();
    // the invoices whose earliest open installment has a step to take that the journal does not
    // record (nor a later one, nor a hand-over), in ledger order
    Due due = null;
    for (int row = fromRow; row < toRow; row++) {
      if (cols.isCreditNote(row) || cols.issueDay(row) > asOfDay) {
        continue;
      }
      long paid = cols.paid(row, asOfDay);
      if (paid >= cols.amount(row)) {
        continue;
      }
      int firstSlot = -1;
      long firstOpen = 0;
      long total = 0;
      for (int slot = cols.installmentStart(row); slot < cols.installmentStart(row + 1); slot++) {
        long inst = cols.installmentAmount(slot);
        long covered = Math.min(paid, inst);
        paid -= covered;
        long open = inst - covered;
        if (open > 0) {
          if (firstSlot < 0) {
            firstSlot = slot;
            firstOpen = open;
          }
          total += open;
        }
      }
      if (firstSlot < 0) {
        continue;
      }
      int index = dueStep(scenario, cols.installmentDueDay(firstSlot), asOfDay, flags);
      if (index < 0) {
        continue;
      }
      // an empty journal (a first run) needs no invoice id: the invoice object is not read
      Integer previous = lastStep.isEmpty() ? null : lastStep.get(cols.invoiceId(row));
      if (previous != null && (previous >= index || steps.get(previous).isHandOver())) {
        continue;
      }
      if (due == null) {
        due = new Due(toRow - row);
      }
      due.add(row, firstSlot, firstOpen, total, index);
    }
    if (due == null) {
      return new DebtorPlan(debtor.id(), scenario.id(), List.of(), List.of(), List.of());
    }
    LocalDate asOf = day.asOf;
    CaseFile caseFile = account.caseFile();
    // an empty case file has no dispute, promise, payment plan nor opt-out
    boolean events = !caseFile.events().isEmpty();
    List<BlockedAction> blocked = null;
    List<PausedInvoice> paused = null;
    Pauses pauses = null;
    long[] overdue = null;
    int kept = 0;
    for (int k = 0; k < due.size; k++) {
      int row = due.row[k];
      int index = due.step[k];
      InvoiceId id = claims != NO_CLAIM_CHECK || events ? cols.invoiceId(row) : null;
      Step step = steps.get(index);
      if (claims != NO_CLAIM_CHECK) {
        Optional<Reason> barred = claims.check(debtor, due.item(cols, k), caseFile, asOf);
        if (barred.isPresent()) {
          blocked = add(blocked, new BlockedAction(debtor.id(), scenario.id(), step.id(),
              step.channel().map(Channel::code).orElse("hand-over"), List.of(id), List.of(barred.get())));
          continue;
        }
      }
      if (events) {
        if (pauses == null) {
          pauses = new Pauses(scenario, account, asOf);
        }
        Reason wait = pauses.of(id);
        if (wait != null) {
          paused = add(paused, new PausedInvoice(debtor.id(), id, wait));
          continue;
        }
      }
      if (step.when().days() > 0 && scenario.settings().minimumOverdue().isPresent()) {
        Money minimum = scenario.settings().minimumOverdue().get();
        int currency = cols.currencyIndex(row);
        if (minimum.currencyCode().equals(cols.currency(currency).getCurrencyCode())) {
          if (overdue == null) {
            overdue = overdueByCurrency(cols, fromRow, toRow, asOfDay);
            if (overdue == null) { // beyond a long of minor units: the direct computation
              return planDebtor(account, asOf, lastSteps, digest.digest);
            }
          }
          Money total = cols.money(currency, overdue[currency]);
          if (total.isLessThan(minimum)) {
            if (id == null) {
              id = cols.invoiceId(row);
            }
            paused = add(paused, new PausedInvoice(debtor.id(), id, new Reason("scenario.minimum-overdue",
                "scenario " + scenario.id() + " minimum-overdue " + minimum,
                "the overdue total " + total + " is below the minimum " + minimum)));
            continue;
          }
        }
      }
      due.keep(k, kept++);
    }
    List<PlannedAction> actions = null;
    if (kept > 0) {
      // one action per step and currency, by step index then currency code; items in ledger order
      int[] order = due.byStepThenCurrency(cols, kept);
      List<PlannedAction> planned = new ArrayList<>(2);
      List<BlockedAction> gated = blocked == null ? new ArrayList<>(0) : blocked;
      for (int from = 0; from < kept;) {
        int to = from + 1;
        while (to < kept && due.step[order[to]] == due.step[order[from]]
            && cols.currencyIndex(due.row[order[to]]) == cols.currencyIndex(due.row[order[from]])) {
          to++;
        }
        if (!planAction(account, d, scenario, cols, due, order, from, to, day, planned, gated, digest)) {
          return planDebtor(account, asOf, lastSteps, digest.digest);
        }
        from = to;
      }
      actions = planned;
      blocked = gated;
    }
    return new DebtorPlan(debtor.id(), scenario.id(), actions == null ? List.of() : actions,
        blocked == null ? List.of() : blocked, paused == null ? List.of() : paused);
  }

  private static <T> List<T> add(List<T> list, T element) {
    List<T> l = list == null ? new ArrayList<>(2) : list;
    l.add(element);
    return l;
  }

  /**
   * The overdue open amount, in minor units, per currency index of a debtor's rows (the open
   * installments due before the run date), or null when a sum goes beyond a {@code long}.
   */
  private static long[] overdueByCurrency(LedgerColumns cols, int fromRow, int toRow, int asOfDay) {
    long[] overdue = new long[cols.currencyCount()];
    for (int row = fromRow; row < toRow; row++) {
      if (cols.isCreditNote(row) || cols.issueDay(row) > asOfDay) {
        continue;
      }
      long paid = cols.paid(row, asOfDay);
      if (paid >= cols.amount(row)) {
        continue;
      }
      int currency = cols.currencyIndex(row);
      for (int slot = cols.installmentStart(row); slot < cols.installmentStart(row + 1); slot++) {
        long inst = cols.installmentAmount(slot);
        long covered = Math.min(paid, inst);
        paid -= covered;
        long open = inst - covered;
        if (open > 0 && cols.installmentDueDay(slot) < asOfDay) {
          long sum = overdue[currency] + open;
          if (((overdue[currency] ^ sum) & (open ^ sum)) < 0) {
            return null;
          }
          overdue[currency] = sum;
        }
      }
    }
    return overdue;
  }

  /**
   * The invoices of one debtor with a step to take, in ledger order, as primitives: the row, the
   * earliest open installment's slot and open amount, the invoice's open total (minor units) and the
   * step index; the first {@code kept} entries are those the case file lets through.
   */
  private static final class Due {
    int size;
    final int[] row;
    final int[] slot;
    final long[] firstOpen;
    final long[] open;
    final int[] step;
    /** The earliest open installment of each entry, made when first needed. */
    private OpenItem[] items;

    Due(int capacity) {
      row = new int[capacity];
      slot = new int[capacity];
      firstOpen = new long[capacity];
      open = new long[capacity];
      step = new int[capacity];
    }

    void add(int r, int s, long first, long total, int index) {
      row[size] = r;
      slot[size] = s;
      firstOpen[size] = first;
      open[size] = total;
      step[size] = index;
      size++;
    }

    /** Moves entry {@code from} to position {@code to} (not after it). */
    void keep(int from, int to) {
      if (from != to) {
        row[to] = row[from];
        slot[to] = slot[from];
        firstOpen[to] = firstOpen[from];
        open[to] = open[from];
        step[to] = step[from];
        if (items != null) {
          items[to] = items[from];
          items[from] = null;
        }
      }
    }

    /** The earliest open installment of entry k, as {@link LedgerColumns#addOpenItems} gives it. */
    OpenItem item(LedgerColumns cols, int k) {
      if (items == null) {
        items = new OpenItem[row.length];
      }
      OpenItem item = items[k];
      if (item == null) {
        int r = row[k];
        int currency = cols.currencyIndex(r);
        item = new OpenItem(cols.invoice(r), slot[k] - cols.installmentStart(r) + 1,
            LocalDate.ofEpochDay(cols.installmentDueDay(slot[k])), cols.money(currency, cols.installmentAmount(slot[k])),
            cols.money(currency, firstOpen[k]));
        items[k] = item;
      }
      return item;
    }

    /** The first {@code kept} entries by step index then currency code, ledger order kept within (stable). */
    int[] byStepThenCurrency(LedgerColumns cols, int kept) {
      int[] order = new int[kept];
      if (kept > 16) {
        Integer[] boxed = new Integer[kept];
        for (int k = 0; k < kept; k++) {
          boxed[k] = k;
        }
        Arrays.sort(boxed, (a, b) -> compare(cols, a, b)); // stable
        for (int k = 0; k < kept; k++) {
          order[k] = boxed[k];
        }
        return order;
      }
      for (int k = 0; k < kept; k++) {
        order[k] = k;
      }
      for (int k = 1; k < kept; k++) { // insertion sort: stable, and a debtor has few invoices
        int e = order[k];
        int j = k - 1;
        while (j >= 0 && compare(cols, order[j], e) > 0) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = e;
      }
      return order;
    }

    private int compare(LedgerColumns cols, int a, int b) {
      int c = Integer.compare(step[a], step[b]);
      if (c != 0) {
        return c;
      }
      int ca = cols.currencyIndex(row[a]);
      int cb = cols.currencyIndex(row[b]);
      return ca == cb ? 0 : cols.currency(ca).getCurrencyCode().compareTo(cols.currency(cb).getCurrencyCode());
    }
  }

  /** {@link #planDebtor(DebtorAccount, LocalDate, List)} given the latest step per invoice of a scenario. */
  private DebtorPlan planDebtor(DebtorAccount account, LocalDate asOf,
      Function<String, Map<InvoiceId, Integer>> lastSteps, MessageDigest digest) {
    Debtor debtor = account.debtor();
    Optional<Scenario> chosen = scenarios.select(account.segment(), debtor.type());
    List<PlannedAction> actions = new ArrayList<>();
    List<BlockedAction> blocked = new ArrayList<>();
    List<PausedInvoice> paused = new ArrayList<>();
    if (chosen.isEmpty()) {
      return new DebtorPlan(debtor.id(), "", actions, blocked, paused);
    }
    Scenario scenario = chosen.get();
    // most days most debtors have no step to take: tell them from the columns, before making any object
    Map<InvoiceId, Integer> known = null;
    if (precheck) {
      known = lastSteps.apply(scenario.id());
      if (!anyStepToTake(account, scenario, asOf, known)) {
        return new DebtorPlan(debtor.id(), scenario.id(), actions, blocked, paused);
      }
    }
    CaseFile caseFile = account.caseFile();
    List<OpenItem> items = account.ledger().openItemsOf(debtor.id(), asOf);
    // the earliest open installment of each invoice and the invoice's open total: an invoice's open
    // installments come one after the other, earliest first
    List<DueItem> firsts = new ArrayList<>();
    for (int k = 0; k < items.size();) {
      OpenItem head = items.get(k);
      Money open = head.open();
      int next = k + 1;
      while (next < items.size() && items.get(next).invoice() == head.invoice()) {
        open = open.plus(items.get(next).open());
        next++;
      }
      firsts.add(new DueItem(head, open));
      k = next;
    }
    Map<InvoiceId, Integer> lastStep = known != null ? known
        : firsts.isEmpty() ? Map.of() : lastSteps.apply(scenario.id());
    int asOfDay = (int) asOf.toEpochDay();
    // read from the case file only when an item has a step to take (most days, none has)
    Pauses pauses = new Pauses(scenario, account, asOf);
    Map<String, Money> overdue = null;
    // the items with a step to take, then grouped by step index and currency code
    List<DueItem> toTake = null;
    for (DueItem due : firsts) {
      OpenItem item = due.first();
      InvoiceId id = item.invoice().id();
      int index = dueStep(scenario, (int) item.dueDate().toEpochDay(), asOfDay, account.flags());
      if (index < 0) {
        continue;
      }
      Step step = scenario.steps().get(index);
      Integer previous = lastStep.get(id);
      if (previous != null && (previous >= index || scenario.steps().get(previous).isHandOver())) {
        continue;
      }
      Optional<Reason> barred = claims.check(debtor, item, caseFile, asOf);
      if (barred.isPresent()) {
        blocked.add(new BlockedAction(debtor.id(), scenario.id(), step.id(),
            step.channel().map(Channel::code).orElse("hand-over"), List.of(id), List.of(barred.get())));
        continue;
      }
      Reason wait = pauses.of(id);
      if (wait != null) {
        paused.add(new PausedInvoice(debtor.id(), id, wait));
        continue;
      }
      if (step.when().days() > 0 && scenario.settings().minimumOverdue().isPresent()) {
        Money minimum = scenario.settings().minimumOverdue().get();
        if (minimum.currencyCode().equals(item.open().currencyCode())) {
          if (overdue == null) {
            overdue = overdueByCurrency(items, asOf);
          }
          Money total = overdue.get(minimum.currencyCode());
          if (total == null) {
            total = Money.zero(minimum.currency());
          }
          if (total.isLessThan(minimum)) {
            paused.add(new PausedInvoice(debtor.id(), id, new Reason("scenario.minimum-overdue",
                "scenario " + scenario.id() + " minimum-overdue " + minimum,
                "the overdue total " + total + " is below the minimum " + minimum)));
            continue;
          }
        }
      }
      if (toTake == null) {
        toTake = new ArrayList<>(firsts.size());
      }
      due.step = index;
      toTake.add(due);
    }
    if (toTake != null) {
      // one action per step and currency, by step index then currency code; items in ledger order
      toTake.sort(BY_STEP_THEN_CURRENCY);
      for (int from = 0; from < toTake.size();) {
        int to = from + 1;
        while (to < toTake.size() && BY_STEP_THEN_CURRENCY.compare(toTake.get(from), toTake.get(to)) == 0) {
          to++;
        }
        plan(account, scenario, toTake.get(from).step, toTake.subList(from, to), asOf, actions, blocked, digest);
        from = to;
      }
    }
    return new DebtorPlan(debtor.id(), scenario.id(), actions, blocked, paused);
  }

  /**
   * Whether some invoice of the debtor has a step to take today: its earliest open installment has a
   * step due that the journal does not record, nor a later one, nor a hand-over. When none has, the
   * full plan is empty (no action, no block, no pause), which is what makes this check exact.
   */
  private static boolean anyStepToTake(DebtorAccount account, Scenario scenario, LocalDate asOf,
      Map<InvoiceId, Integer> lastStep) {
    LedgerColumns cols = account.ledger().columns();
    int d = cols.debtorIndexOf(account.debtor().id());
    if (d < 0) {
      return false;
    }
    int asOfDay = (int) asOf.toEpochDay();
    for (int row = cols.debtorRowStart(d); row < cols.debtorRowStart(d + 1); row++) {
      int due = cols.firstOpenDueDay(row, asOfDay);
      if (due == Integer.MIN_VALUE) {
        continue;
      }
      int index = dueStep(scenario, due, asOfDay, account.flags());
      if (index < 0) {
        continue;
      }
      Integer previous = lastStep.get(cols.invoiceId(row));
      if (previous == null || previous < index && !scenario.steps().get(previous).isHandOver()) {
        return true;
      }
    }
    return false;
  }

  /** The overdue open amount per currency code of a debtor's open items. */
  private static Map<String, Money> overdueByCurrency(List<OpenItem> items, LocalDate asOf) {
    Map<String, Money> overdue = new HashMap<>(4);
    for (OpenItem item : items) {
      if (item.isOverdue(asOf)) {
        overdue.merge(item.open().currencyCode(), item.open(), Money::plus);
      }
    }
    return overdue;
  }

  /**
   * Why an invoice of one debtor waits instead of taking its step under one scenario: an open dispute
   * (when the scenario pauses on disputes), a pending promise to pay, or an agreed payment plan. The
   * promises and plans are read from the case file once, on the first question.
   */
  private static final class Pauses {
    private final Scenario scenario;
    private final DebtorAccount account;
    private final LocalDate asOf;
    private List<PromiseToPay> pending;
    private List<PaymentPlan> plans;

    Pauses(Scenario scenario, DebtorAccount account, LocalDate asOf) {
      this.scenario = scenario;
      this.account = account;
      this.asOf = asOf;
    }

    /** The reason the invoice waits, or null when it takes its step. */
    Reason of(InvoiceId id) {
      CaseFile caseFile = account.caseFile();
      if (scenario.settings().pauseOnDispute() && caseFile.isDisputed(id, asOf)) {
        return new Reason("scenario.pause-on-dispute", "scenario " + scenario.id() + " settings",
            "invoice " + id + " is under an open dispute");
      }
      int grace = scenario.settings().promiseGraceDays();
      if (pending == null) {
        pending = new ArrayList<>();
        for (PromiseToPay p : caseFile.promises(asOf)) {
          if (Promises.status(p, account.ledger(), asOf, grace) == Promises.Status.PENDING) {
            pending.add(p);
          }
        }
        plans = caseFile.paymentPlans(asOf);
      }
      PromiseToPay promise = promiseCovering(pending, id);
      if (promise != null) {
        return new Reason("scenario.promise", "scenario " + scenario.id() + " promise-grace-days " + grace,
            "a promise to pay " + promise.amount() + " by " + promise.promisedDate() + " is pending (grace " + grace
                + " days)");
      }
      if (planCovers(plans, id)) {
        return new Reason("scenario.payment-plan", "case file payment plan",
            "invoice " + id + " is covered by an agreed payment plan");
      }
      return null;
    }
  }

  /** The first pending promise that covers the invoice (a promise naming no invoice covers them all), or null. */
  private static PromiseToPay promiseCovering(List<PromiseToPay> pending, InvoiceId id) {
    for (PromiseToPay p : pending) {
      if (p.invoices().isEmpty() || p.invoices().contains(id)) {
        return p;
      }
    }
    return null;
  }

  /** Whether an agreed payment plan covers the invoice. */
  private static boolean planCovers(List<PaymentPlan> plans, InvoiceId id) {
    for (PaymentPlan p : plans) {
      if (p.invoices().contains(id)) {
        return true;
      }
    }
    return false;
  }

  /** The index of the latest step due for an item due on epoch day {@code dueDay}, or -1. */
  private static int dueStep(Scenario scenario, int dueDay, int asOfDay, Set<String> flags) {
    List<Step> steps = scenario.steps();
    for (int i = steps.size() - 1; i >= 0; i--) {
      Step step = steps.get(i);
      if (dueDay + step.when().days() > asOfDay) {
        continue;
      }
      if (skipped(scenario, step, flags)) {
        continue;
      }
      return i;
    }
    return -1;
  }

  private static boolean skipped(Scenario scenario, Step step, Set<String> flags) {
    if (step.skipIf().isEmpty()) {
      return false;
    }
    for (SkipCondition c : step.skipIf()) {
      if (c == SkipCondition.CLEAN_PAYER && scenario.settings().spareCleanPayers() && flags.contains(c.code())) {
        return true;
      }
      if (c == SkipCondition.KEY_ACCOUNT && flags.contains(c.code())) {
        return true;
      }
    }
    return false;
  }

  /**
   * An invoice's earliest open installment and the invoice's open total; {@code step} is the index of
   * the step to take for it, once known.
   */
  private static final class DueItem {
    private final OpenItem first;
    private final Money open;
    int step = -1;

    DueItem(OpenItem first, Money open) {
      this.first = first;
      this.open = open;
    }

    OpenItem first() {
      return first;
    }

    Money open() {
      return open;
    }
  }

  private static final Comparator<DueItem> BY_STEP_THEN_CURRENCY = Comparator.<DueItem>comparingInt(d -> d.step)
      .thenComparing(d -> d.open().currencyCode());

  /**
   * What an action's explanation says of the invoices it covers, kept compact (the explanation is
   * written when read, and a run keeps hundreds of thousands of actions): ids, due days, open totals.
   */
  private record Covered(InvoiceId[] ids, int[] dueDays, Money[] open, java.util.Currency currency, long[] minor) {

    Covered(InvoiceId[] ids, int[] dueDays, Money[] open) {
      this(ids, dueDays, open, null, null);
    }

    /** The open total of the k-th invoice. */
    Money openOf(int k) {
      return open != null ? open[k] : Money.ofMinor(currency, minor[k]);
    }
  }

  /**
   * Plans the action of the entries {@code order[from..to)} of {@code due} (one step, one currency),
   * as {@link #plan(DebtorAccount, Scenario, int, List, LocalDate, List, List, MessageDigest)} does
   * from the open items; false when the amount goes beyond a {@code long} of minor units.
   */
  private boolean planAction(DebtorAccount account, int d, Scenario scenario, LedgerColumns cols, Due due, int[] order,
      int from, int to, Day day, List<PlannedAction> actions, List<BlockedAction> blocked, IdHasher digest) {
    Debtor debtor = account.debtor();
    LocalDate asOf = day.asOf;
    int index = due.step[order[from]];
    Step step = scenario.steps().get(index);
    int m = to - from;
    InvoiceId[] ids = new InvoiceId[m];
    int[] rows = new int[m];
    int[] dueDays = new int[m];
    long[] open = new long[m];
    long sum = 0;
    for (int k = 0; k < m; k++) {
      int e = order[from + k];
      int row = due.row[e];
      rows[k] = row;
      ids[k] = cols.invoiceId(row);
      dueDays[k] = cols.installmentDueDay(due.slot[e]);
      open[k] = due.open[e];
      long next = sum + open[k];
      if (((sum ^ next) & (open[k] ^ next)) < 0) {
        return false;
      }
      sum = next;
    }
    int currency = cols.currencyIndex(due.row[order[from]]);
    Covered covered = new Covered(ids, dueDays, null, cols.currency(currency), open);
    Money amount = cols.money(currency, sum);
    // the invoices by id, sorted from the id texts the columns keep end to end
    sortRowsByInvoiceId(cols, rows);
    InvoiceId[] sorted = new InvoiceId[m];
    for (int k = 0; k < m; k++) {
      sorted[k] = cols.invoiceId(rows[k]);
    }
    List<InvoiceId> invoices = List.of(sorted);
    String id = digest.id(debtor, d, scenario, step, cols, rows, sorted);
    ZonedDateTime at = day.at(debtor.timeZone());
    if (step.isHandOver()) {
      actions.add(new PlannedAction(id, asOf, debtor.id(), scenario.id(), step.id(), index, Optional.empty(), true,
          invoices, amount, at, "hand-over-" + step.handOverTo().orElseThrow().code(), debtor.language(),
          step.requiresApproval(), Optional.empty(), Explanation.deferred(() -> {
            List<String> lines = explainChoice(account, scenario, step, covered, asOf);
            lines.add("hand-over to " + step.handOverTo().orElseThrow().code()
                + (step.requiresApproval() ? " once approved" : ""));
            return lines;
          })));
      return true;
    }
    Channel wanted = step.channel().orElseThrow();
    CaseFile caseFile = account.caseFile();
    Set<Channel> optedOut = caseFile.events().isEmpty() ? Set.of() : caseFile.optedOut(asOf);
    Channel[] tried = TRIED.get(wanted);
    Reason[] reasons = null;
    int reasonCount = 0;
    Channel channel = null;
    for (Channel c : tried) {
      Reason why = null;
      if (optedOut.contains(c)) {
        why = new Reason("case-file.opt-out", "opt-out in the case file", "the debtor opted out of " + c.code());
      } else {
        why = missingAddressReason(debtor, c);
      }
      if (why != null) {
        if (reasons == null) {
          reasons = new Reason[tried.length];
        }
        reasons[reasonCount++] = why;
        continue;
      }
      channel = c;
      break;
    }
    if (channel == null) {
      blocked.add(new BlockedAction(debtor.id(), scenario.id(), step.id(), wanted.code(), invoices,
          reasons == null ? List.of() : Arrays.asList(reasons).subList(0, reasonCount)));
      return true;
    }
    Reason switchedBecause = channel != wanted ? reasons[reasonCount - 1] : null;
    String template = channel == wanted ? step.template().or(step::script).orElseThrow()
        : channel == Channel.LETTER || channel == Channel.EMAIL ? "reminder" : step.template().orElse("reminder");
    Optional<String> noMessage = Optional.empty();
    GateVerdict verdict = gate.check(new ContactProposal(debtor, "debtor", channel, at, debtor.id().value(),
        template, noMessage), caseFile);
    ZonedDateTime movedFrom = null;
    Reason movedBecause = null;
    if (!verdict.allowed()) {
      Optional<ZonedDateTime> next = verdict.nextAllowedAt();
      if (next.isPresent() && next.get().toLocalDate().equals(asOf)) {
        GateVerdict later = gate.check(new ContactProposal(debtor, "debtor", channel, next.get(),
            debtor.id().value(), template, noMessage), caseFile);
        if (later.allowed()) {
          movedFrom = at;
          movedBecause = verdict.reasons().get(0);
          at = next.get();
          verdict = later;
        }
      }
      if (!verdict.allowed()) {
        blocked.add(new BlockedAction(debtor.id(), scenario.id(), step.id(), channel.code(), invoices,
            verdict.reasons()));
        return true;
      }
    }
    Optional<PenaltyQuote> quote = Optional.empty();
    if (channel.isPaper() && debtor.type() == DebtorType.BUSINESS) {
      OpenItem[] items = new OpenItem[m];
      for (int k = 0; k < m; k++) {
        items[k] = due.item(cols, order[from + k]);
      }
      quote = penalties.quote(debtor, Arrays.asList(items), asOf);
    }
    actions.add(new PlannedAction(id, asOf, debtor.id(), scenario.id(), step.id(), index, SOME_CHANNEL.get(channel),
        false, invoices, amount, at, template, debtor.language(), step.requiresApproval(), quote,
        contactExplanation(account, scenario, step, covered, asOf, wanted, switchedBecause, channel, movedFrom, at,
            movedBecause, distinctRules(verdict.reasons()), quote)));
    return true;
  }

  /** The explanation of a contact, written when first read. */
  private static List<String> contactExplanation(DebtorAccount account, Scenario scenario, Step step,
      Covered covered, LocalDate asOf, Channel wanted, Reason switchedBecause, Channel chosen, ZonedDateTime from,
      ZonedDateTime scheduled, Reason moved, String[] allowedBy, Optional<PenaltyQuote> stated) {
    return Explanation.deferred(() -> {
      List<String> lines = explainChoice(account, scenario, step, covered, asOf);
      if (switchedBecause != null) {
        lines.add(wanted.code() + " is not possible (" + switchedBecause.message() + "): switched to "
            + chosen.code());
      }
      if (from != null) {
        lines.add("moved from " + from.toLocalTime() + " to " + scheduled.toLocalTime() + ": " + moved.message());
      }
      lines.add("allowed by the legal gate" + (allowedBy.length == 0 ? "" : ": " + String.join(", ", allowedBy)));
      stated.ifPresent(q -> lines.add("states late-payment penalties: interest " + q.interest() + " at "
          + q.annualRate() + " %, fixed compensation " + q.fixedCompensation() + " (" + String.join("; ",
          q.legalBasis()) + ")"));
      return lines;
    });
  }

  /** Rows from which {@link #sortRowsByInvoiceId} sorts boxed rows rather than by insertion. */
  private static final int INSERTION_SORT_ROWS = 24;

  /** Sorts {@code rows} of {@code cols} by their invoices' ids (distinct in a ledger). */
  static void sortRowsByInvoiceId(LedgerColumns cols, int[] rows) {
    int m = rows.length;
    if (m <= INSERTION_SORT_ROWS) {
      for (int k = 1; k < m; k++) {
        int row = rows[k];
        int j = k - 1;
        while (j >= 0 && cols.compareInvoiceIds(rows[j], row) > 0) {
          rows[j + 1] = rows[j];
          j--;
        }
        rows[j + 1] = row;
      }
      return;
    }
    Integer[] boxed = new Integer[m];
    for (int k = 0; k < m; k++) {
      boxed[k] = rows[k];
    }
    Arrays.sort(boxed, cols::compareInvoiceIds);
    for (int k = 0; k < m; k++) {
      rows[k] = boxed[k];
    }
  }

  /** Why the debtor cannot be reached on the channel (no address), or null. */
  private static Reason missingAddressReason(Debtor debtor, Channel channel) {
    return switch (channel) {
      case EMAIL -> debtor.email().isPresent() ? null : NO_EMAIL;
      case SMS, PHONE, VOICEMAIL, WHATSAPP -> debtor.phone().isPresent() ? null : NO_PHONE;
      default -> null;
    };
  }

  private void plan(DebtorAccount account, Scenario scenario, int index, List<DueItem> dues, LocalDate asOf,
      List<PlannedAction> actions, List<BlockedAction> blocked, MessageDigest digest) {
    Debtor debtor = account.debtor();
    Step step = scenario.steps().get(index);
    InvoiceId[] sorted = new InvoiceId[dues.size()];
    List<OpenItem> items = new ArrayList<>(dues.size());
    Covered covered = new Covered(new InvoiceId[dues.size()], new int[dues.size()], new Money[dues.size()]);
    Money amount = null;
    for (int k = 0; k < sorted.length; k++) {
      DueItem due = dues.get(k);
      sorted[k] = due.first().invoice().id();
      items.add(due.first());
      covered.ids()[k] = sorted[k];
      covered.dueDays()[k] = (int) due.first().dueDate().toEpochDay();
      covered.open()[k] = due.open();
      amount = amount == null ? due.open() : amount.plus(due.open());
    }
    Arrays.sort(sorted);
    List<InvoiceId> invoices = List.of(sorted);
    String id = actionId(digest, debtor, scenario, step, invoices);
    ZonedDateTime at = asOf.atTime(contactTime).atZone(debtor.timeZone());
    if (step.isHandOver()) {
      actions.add(new PlannedAction(id, asOf, debtor.id(), scenario.id(), step.id(), index, Optional.empty(), true,
          invoices, amount, at, "hand-over-" + step.handOverTo().orElseThrow().code(), debtor.language(),
          step.requiresApproval(), Optional.empty(), Explanation.deferred(() -> {
            List<String> lines = explainChoice(account, scenario, step, covered, asOf);
            lines.add("hand-over to " + step.handOverTo().orElseThrow().code()
                + (step.requiresApproval() ? " once approved" : ""));
            return lines;
          })));
      return;
    }
    Channel wanted = step.channel().orElseThrow();
    Set<Channel> optedOut = account.caseFile().optedOut(asOf);
    List<Reason> reasons = new ArrayList<>();
    Channel channel = null;
    List<Channel> order = new ArrayList<>();
    order.add(wanted);
    order.addAll(FALLBACKS.getOrDefault(wanted, List.of()));
    for (Channel c : order) {
      if (optedOut.contains(c)) {
        reasons.add(new Reason("case-file.opt-out", "opt-out in the case file",
            "the debtor opted out of " + c.code()));
        continue;
      }
      Optional<String> missing = missingAddress(debtor, c);
      if (missing.isPresent()) {
        reasons.add(new Reason("debtor.no-address", "debtors.csv", missing.get()));
        continue;
      }
      channel = c;
      break;
    }
    if (channel == null) {
      blocked.add(new BlockedAction(debtor.id(), scenario.id(), step.id(), wanted.code(), invoices, reasons));
      return;
    }
    Reason switchedBecause = channel != wanted ? reasons.get(reasons.size() - 1) : null;
    String template = channel == wanted ? step.template().or(step::script).orElseThrow()
        : channel == Channel.LETTER || channel == Channel.EMAIL ? "reminder" : step.template().orElse("reminder");
    ContactProposal proposal = new ContactProposal(debtor, "debtor", channel, at, debtor.id().value(), template,
        Optional.empty());
    GateVerdict verdict = gate.check(proposal, account.caseFile());
    ZonedDateTime movedFrom = null;
    Reason movedBecause = null;
    if (!verdict.allowed()) {
      Optional<ZonedDateTime> next = verdict.nextAllowedAt();
      if (next.isPresent() && next.get().toLocalDate().equals(asOf)) {
        GateVerdict later = gate.check(new ContactProposal(debtor, "debtor", channel, next.get(),
            debtor.id().value(), template, Optional.empty()), account.caseFile());
        if (later.allowed()) {
          movedFrom = at;
          movedBecause = verdict.reasons().get(0);
          at = next.get();
          verdict = later;
        }
      }
      if (!verdict.allowed()) {
        blocked.add(new BlockedAction(debtor.id(), scenario.id(), step.id(), channel.code(), invoices,
            verdict.reasons()));
        return;
      }
    }
    Optional<PenaltyQuote> quote = Optional.empty();
    if (channel.isPaper() && debtor.type() == DebtorType.BUSINESS) {
      quote = penalties.quote(debtor, items, asOf);
    }
    actions.add(new PlannedAction(id, asOf, debtor.id(), scenario.id(), step.id(), index, Optional.of(channel), false,
        invoices, amount, at, template, debtor.language(), step.requiresApproval(), quote,
        contactExplanation(account, scenario, step, covered, asOf, wanted, switchedBecause, channel, movedFrom, at,
            movedBecause, distinctRules(verdict.reasons()), quote)));
  }

  /** The rules of the reasons, each once, in order. */
  private static String[] distinctRules(List<Reason> reasons) {
    String[] rules = new String[reasons.size()];
    int n = 0;
    for (Reason r : reasons) {
      boolean seen = false;
      for (int k = 0; k < n && !seen; k++) {
        seen = rules[k].equals(r.rule());
      }
      if (!seen) {
        rules[n++] = r.rule();
      }
    }
    return n == rules.length ? rules : Arrays.copyOf(rules, n);
  }

  /** The first lines of an action's explanation: why this scenario, these invoices and this step. */
  private static List<String> explainChoice(DebtorAccount account, Scenario scenario, Step step,
      Covered covered, LocalDate asOf) {
    List<String> lines = new ArrayList<>(covered.ids().length + 5);
    lines.add("segment " + account.segment() + (account.flags().isEmpty() ? "" : " " + account.flags())
        + ", debtor type " + account.debtor().type().code() + " -> scenario " + scenario.id());
    for (int k = 0; k < covered.ids().length; k++) {
      LocalDate dueDate = LocalDate.ofEpochDay(covered.dueDays()[k]);
      long late = ChronoUnit.DAYS.between(dueDate, asOf);
      lines.add("invoice " + covered.ids()[k] + " (" + covered.openOf(k) + " open) due "
          + dueDate + (late > 0 ? ", " + late + " days past due" : late == 0 ? ", due today"
          : ", due in " + (-late) + " days"));
    }
    lines.add("step " + step.id() + " (" + step.when() + ") is the latest step due; earlier steps not yet "
        + "done are skipped, never sent late");
    return lines;
  }

  private static Optional<String> missingAddress(Debtor debtor, Channel channel) {
    return switch (channel) {
      case EMAIL -> debtor.email().isPresent() ? Optional.empty() : Optional.of("no e-mail address for the debtor");
      case SMS, PHONE, VOICEMAIL, WHATSAPP -> debtor.phone().isPresent() ? Optional.empty()
          : Optional.of("no phone number for the debtor");
      default -> Optional.empty();
    };
  }

  /**
   * One thread's means of hashing action ids: a digest, a text buffer and an output buffer reused
   * from one action to the next (none is thread-safe). Gives exactly {@link #actionId(MessageDigest,
   * Debtor, Scenario, Step, List)}.
   */
  static final class IdHasher {
    private final MessageDigest digest = sha256();
    private byte[] text = new byte[128];
    private final byte[] hash = new byte[32];

    /** The id of the action of {@code debtor}, {@code scenario}, {@code step} on the sorted invoices. */
    String id(Debtor debtor, Scenario scenario, Step step, InvoiceId[] sortedInvoices) {
      int at = prefix(debtor, null, -1, scenario, step);
      for (int k = 0; k < sortedInvoices.length && at >= 0; k++) {
        at = put(sortedInvoices[k].value(), at);
      }
      if (at < 0) { // a character beyond ASCII: the UTF-8 way
        return actionId(digest, debtor, scenario, step, Arrays.asList(sortedInvoices));
      }
      return hash(at);
    }

    /**
     * {@link #id(Debtor, Scenario, Step, InvoiceId[])} of the invoices of {@code sortedRows} of {@code
     * cols} ({@code sortedIds} their ids) for the debtor at {@code debtorIndex} of {@code cols}, the
     * texts copied from the columns.
     */
    String id(Debtor debtor, int debtorIndex, Scenario scenario, Step step, LedgerColumns cols, int[] sortedRows,
        InvoiceId[] sortedIds) {
      if (!cols.asciiInvoiceIds()) {
        return id(debtor, scenario, step, sortedIds);
      }
      int at = prefix(debtor, cols, debtorIndex, scenario, step);
      if (at < 0) {
        return id(debtor, scenario, step, sortedIds);
      }
      for (int row : sortedRows) {
        ensure(at + cols.invoiceIdLength(row) + 1);
        at = cols.copyInvoiceId(row, text, at);
        text[at++] = '|';
      }
      return hash(at);
    }

    /** The id from the text written so far ({@code at} bytes, the last one a separator left out). */
    private String hash(int at) {
      digest.reset();
      digest.update(text, 0, at - 1);
      try {
        digest.digest(hash, 0, hash.length);
      } catch (java.security.DigestException e) {
        throw new IllegalStateException(e);
      }
      return hex(hash);
    }

    /**
     * Writes {@code debtor|scenario|step|}, the debtor's id text copied from {@code cols} (the debtor
     * at {@code debtorIndex}) when it keeps them, else from the record ({@code cols} null: from the
     * record); the next position, or -1 for a non-ASCII part.
     */
    private int prefix(Debtor debtor, LedgerColumns cols, int debtorIndex, Scenario scenario, Step step) {
      int at;
      if (cols != null && cols.asciiDebtorIds()) {
        ensure(cols.debtorIdLength(debtorIndex) + 1);
        at = cols.copyDebtorId(debtorIndex, text, 0);
        text[at++] = '|';
      } else {
        at = put(debtor.id().value(), 0);
      }
      at = at < 0 ? at : put(scenario.id(), at);
      return at < 0 ? at : put(step.id(), at);
    }

    /** Makes room for {@code length} bytes of text. */
    private void ensure(int length) {
      if (length > text.length) {
        text = Arrays.copyOf(text, Math.max(text.length * 2, length));
      }
    }

    /** Writes an ASCII part and a separator at {@code at}; the next position, or -1 for a non-ASCII part. */
    private int put(String part, int at) {
      int n = part.length();
      ensure(at + n + 1);
      byte[] t = text;
      for (int c = 0; c < n; c++) {
        char ch = part.charAt(c);
        if (ch >= 0x80) {
          return -1;
        }
        t[at + c] = (byte) ch;
      }
      t[at + n] = '|';
      return at + n + 1;
    }
  }

  /** The first 12 bytes of a hash in lower-case hex. */
  private static String hex(byte[] hash) {
    byte[] hex = new byte[24];
    for (int k = 0; k < 12; k++) {
      hex[2 * k] = HEX_DIGITS[(hash[k] >> 4) & 0xf];
      hex[2 * k + 1] = HEX_DIGITS[hash[k] & 0xf];
    }
    return new String(hex, StandardCharsets.ISO_8859_1);
  }

  /** The idempotency key: a stable hash of debtor, scenario, step and the sorted invoices. */
  static String actionId(Debtor debtor, Scenario scenario, Step step, List<InvoiceId> sortedInvoices) {
    return actionId(sha256(), debtor, scenario, step, sortedInvoices);
  }

  /**
   * The first 12 bytes, in lower-case hex, of the SHA-256 of {@code debtor|scenario|step|invoice|...}
   * in UTF-8, hashed with {@code digest} (reset first).
   */
  static String actionId(MessageDigest digest, Debtor debtor, Scenario scenario, Step step,
      List<InvoiceId> sortedInvoices) {
    String[] parts = new String[3 + sortedInvoices.size()];
    parts[0] = debtor.id().value();
    parts[1] = scenario.id();
    parts[2] = step.id();
    int length = parts.length - 1;
    for (int k = 0; k < sortedInvoices.size(); k++) {
      parts[3 + k] = sortedInvoices.get(k).value();
    }
    boolean ascii = true;
    for (String part : parts) {
      length += part.length();
      for (int c = 0; c < part.length() && ascii; c++) {
        ascii = part.charAt(c) < 0x80;
      }
    }
    byte[] text;
    if (ascii) { // the common case: the UTF-8 bytes are the chars
      text = new byte[length];
      int at = 0;
      for (int k = 0; k < parts.length; k++) {
        if (k > 0) {
          text[at++] = '|';
        }
        String part = parts[k];
        for (int c = 0; c < part.length(); c++) {
          text[at++] = (byte) part.charAt(c);
        }
      }
    } else {
      text = String.join("|", parts).getBytes(StandardCharsets.UTF_8);
    }
    digest.reset();
    return hex(digest.digest(text));
  }

  private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);
  /** Never used itself: each id hashes with a clone, cheaper than a provider lookup per action. */
  private static final MessageDigest SHA_256_PROTOTYPE = newSha256();

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return (MessageDigest) SHA_256_PROTOTYPE.clone();
    } catch (CloneNotSupportedException e) {
      return newSha256();
    }
  }

  /** Builds the accounts of a portfolio: one per debtor, with its case file and profile. */
  public static List<DebtorAccount> accounts(dev.recovery.core.ledger.Ledger reconciled,
      Map<dev.recovery.core.ledger.DebtorId, CaseFile> caseFiles, Function<Debtor, String> segment,
      Function<Debtor, Set<String>> flags) {
    List<DebtorAccount> result = new ArrayList<>(reconciled.debtors().size());
    for (Debtor d : reconciled.debtors().values()) {
      result.add(new DebtorAccount(d, reconciled, caseFileOf(caseFiles, d), segment.apply(d), flags.apply(d)));
    }
    return result;
  }

  /**
   * Builds the accounts of a reconciled ledger from its segmentation: one per debtor, in the ledger's
   * order, with its case file (an empty one when {@code caseFiles} has none), and the segment and
   * flags of its assignment; a debtor the segmentation does not cover is {@value
   * dev.recovery.core.risk.Segments#STANDARD} without flags.
   */
  public static List<DebtorAccount> accounts(dev.recovery.core.ledger.Ledger reconciled,
      Map<DebtorId, CaseFile> caseFiles, dev.recovery.core.risk.SegmentationResult segments) {
    Objects.requireNonNull(segments, "segments");
    Objects.requireNonNull(caseFiles, "caseFiles");
    Debtor[] debtors = reconciled.debtorList().toArray(new Debtor[0]);
    DebtorAccount[] result = new DebtorAccount[debtors.length];
    // each account reads only its debtor's entries (read-only maps): made in parallel for large ledgers
    IntStream range = IntStream.range(0, debtors.length);
    (debtors.length >= PARALLEL_ACCOUNTS ? range.parallel() : range).forEach(k -> {
      Debtor d = debtors[k];
      dev.recovery.core.risk.SegmentAssignment a = segments.assignment(d.id()).orElse(null);
      result[k] = new DebtorAccount(d, reconciled, caseFileOf(caseFiles, d),
          a == null ? dev.recovery.core.risk.Segments.STANDARD : a.segment(), a == null ? Set.of() : flagSet(a.flags()));
    });
    return new ArrayList<>(Arrays.asList(result));
  }

  /**
   * The flags as a set: {@code Set.copyOf} without its hash set for the usual none or one flag (an
   * assignment's flags are distinct).
   */
  private static Set<String> flagSet(List<String> flags) {
    return switch (flags.size()) {
      case 0 -> Set.of();
      case 1 -> Set.of(flags.get(0));
      default -> Set.copyOf(flags);
    };
  }

  /** Debtors from which the accounts of a segmentation are made in parallel. */
  private static final int PARALLEL_ACCOUNTS = 20_000;

  private static CaseFile caseFileOf(Map<DebtorId, CaseFile> caseFiles, Debtor d) {
    CaseFile caseFile = caseFiles.get(d.id());
    return caseFile == null ? CaseFile.empty(d.id()) : caseFile;
  }
}
