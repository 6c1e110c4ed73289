package dev.recovery.scenarios.scenario;

import dev.recovery.core.casefile.Channel;
import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.money.Money;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An escalation scenario: which debtors it applies to, its settings, and its steps ordered by their
 * offset from the due date.
 *
 * <p>Immutable and thread-safe. Construction checks that the scenario has steps, that step ids are
 * unique, that steps are in non-decreasing offset order, and that nothing follows a hand-over. Build
 * with {@link #builder(String)}:
 *
 * <pre>{@code
 * Scenario s = Scenario.builder("standard-b2b")
 *     .name("Standard B2B escalation")
 *     .segments("standard", "low-risk").debtorTypes(DebtorType.BUSINESS)
 *     .minimumOverdue(Money.parse("EUR 15.00"))
 *     .email("pre-reminder", DueOffset.minusDays(7), "pre-reminder")
 *     .step(Step.builder("reminder-1").when(DueOffset.plusDays(3)).channel(Channel.EMAIL)
 *         .template("reminder").skipIf(SkipCondition.CLEAN_PAYER).build())
 *     .call("call-1", DueOffset.plusDays(15), "first-call")
 *     .handOver("agency", DueOffset.plusDays(60), HandOverTarget.AGENCY)
 *     .build();
 * }</pre>
 */
public final class Scenario {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  private final String id;
  private final String name;
  private final AppliesTo appliesTo;
  private final ScenarioSettings settings;
  private final List<Step> steps;

  private Scenario(String id, String name, AppliesTo appliesTo, ScenarioSettings settings, List<Step> steps) {
    this.id = Objects.requireNonNull(id, "id");
    this.name = Objects.requireNonNull(name, "name");
    this.appliesTo = Objects.requireNonNull(appliesTo, "appliesTo");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.steps = List.copyOf(steps);
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("scenario id '" + id
          + "' must be 1 to 64 lower-case letters, digits, '-' or '_'");
    }
    if (this.steps.isEmpty()) {
      throw new IllegalArgumentException("scenario '" + id + "' has no steps");
    }
    Set<String> ids = new HashSet<>();
    Step previous = null;
    for (Step step : this.steps) {
      if (!ids.add(step.id())) {
        throw new IllegalArgumentException("scenario '" + id + "': step id '" + step.id() + "' is repeated");
      }
      if (previous != null && previous.isHandOver()) {
        throw new IllegalArgumentException("scenario '" + id + "': step '" + step.id()
            + "' comes after the hand-over '" + previous.id() + "', which ends the scenario");
      }
      if (previous != null && step.when().compareTo(previous.when()) < 0) {
        throw new IllegalArgumentException("scenario '" + id + "': step '" + step.id() + "' at " + step.when()
            + " comes before step '" + previous.id() + "' at " + previous.when() + "; steps must be in date order");
      }
      previous = step;
    }
  }

  /** A scenario of these parts. */
  public static Scenario of(String id, String name, AppliesTo appliesTo, ScenarioSettings settings, List<Step> steps) {
    return new Scenario(id, name, appliesTo, settings, steps);
  }

  /** A builder for a scenario with this id. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** The scenario id. */
  public String id() {
    return id;
  }

  /** The display name. */
  public String name() {
    return name;
  }

  /** Which debtors it applies to. */
  public AppliesTo appliesTo() {
    return appliesTo;
  }

  /** Its settings. */
  public ScenarioSettings settings() {
    return settings;
  }

  /** Its steps, by offset. */
  public List<Step> steps() {
    return steps;
  }

  /** The step with that id. */
  public Optional<Step> step(String stepId) {
    return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
  }

  /** The position of a step in the list, or -1. */
  public int indexOf(String stepId) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).id().equals(stepId)) {
        return i;
      }
    }
    return -1;
  }

  /** Every template and script name the steps use. */
  public Set<String> contentNames() {
    Set<String> names = new LinkedHashSet<>();
    for (Step s : steps) {
      s.content().ifPresent(names::add);
    }
    return names;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scenario s && id.equals(s.id) && name.equals(s.name) && appliesTo.equals(s.appliesTo)
        && settings.equals(s.settings) && steps.equals(s.steps);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, appliesTo, settings, steps);
  }

  @Override
  public String toString() {
    return "Scenario[" + id + ", " + steps.size() + " steps]";
  }

  /** Builds {@link Scenario} values; not thread-safe. */
  public static final class Builder {
    private final String id;
    private String name;
    private final Set<String> segments = new LinkedHashSet<>();
    private final Set<DebtorType> debtorTypes = EnumSet.noneOf(DebtorType.class);
    private Money minimumOverdue;
    private boolean pauseOnDispute = true;
    private int promiseGraceDays = 3;
    private boolean spareCleanPayers = true;
    private Tone tone = Tone.STANDARD;
    private final List<Step> steps = new ArrayList<>();

    private Builder(String id) {
      this.id = id;
    }

    /** Sets the display name (defaults to the id). */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /** Adds segments the scenario applies to. */
    public Builder segments(String... values) {
      segments.addAll(Arrays.asList(values));
      return this;
    }

    /** Adds debtor types the scenario applies to. */
    public Builder debtorTypes(DebtorType... values) {
      debtorTypes.addAll(Arrays.asList(values));
      return this;
    }

    /** Sets the minimum overdue amount below which nothing is sent. */
    public Builder minimumOverdue(Money value) {
      this.minimumOverdue = value;
      return this;
    }

    /** Sets whether disputes pause the disputed invoice. */
    public Builder pauseOnDispute(boolean value) {
      this.pauseOnDispute = value;
      return this;
    }

    /** Sets the grace days after a promised date. */
    public Builder promiseGraceDays(int value) {
      this.promiseGraceDays = value;
      return this;
    }

    /** Sets whether clean payers are spared the steps marked {@code skip-if: clean-payer}. */
    public Builder spareCleanPayers(boolean value) {
      this.spareCleanPayers = value;
      return this;
    }

    /** Sets the tone of the messages. */
    public Builder tone(Tone value) {
      this.tone = value;
      return this;
    }

    /** Sets all the settings at once. */
    public Builder settings(ScenarioSettings value) {
      this.minimumOverdue = value.minimumOverdue().orElse(null);
      this.pauseOnDispute = value.pauseOnDispute();
      this.promiseGraceDays = value.promiseGraceDays();
      this.spareCleanPayers = value.spareCleanPayers();
      this.tone = value.tone();
      return this;
    }

    /** Adds a step. */
    public Builder step(Step step) {
      steps.add(Objects.requireNonNull(step, "step"));
      return this;
    }

    /** Adds an e-mail step. */
    public Builder email(String stepId, DueOffset when, String template) {
      return step(Step.message(stepId, when, Channel.EMAIL, template));
    }

    /** Adds an SMS step. */
    public Builder sms(String stepId, DueOffset when, String template) {
      return step(Step.message(stepId, when, Channel.SMS, template));
    }

    /** Adds a letter step. */
    public Builder letter(String stepId, DueOffset when, String template) {
      return step(Step.message(stepId, when, Channel.LETTER, template));
    }

    /** Adds a registered-letter step. */
    public Builder registeredLetter(String stepId, DueOffset when, String template) {
      return step(Step.message(stepId, when, Channel.REGISTERED_LETTER, template));
    }

    /** Adds a phone step. */
    public Builder call(String stepId, DueOffset when, String script) {
      return step(Step.call(stepId, when, script));
    }

    /** Adds a hand-over step. */
    public Builder handOver(String stepId, DueOffset when, HandOverTarget to) {
      return step(Step.handOver(stepId, when, to));
    }

    /** Builds and validates the scenario. */
    public Scenario build() {
      ScenarioSettings settings = new ScenarioSettings(Optional.ofNullable(minimumOverdue), pauseOnDispute,
          promiseGraceDays, spareCleanPayers, tone);
      return new Scenario(id, name == null ? id : name, new AppliesTo(segments, debtorTypes), settings, steps);
    }
  }
}
