package dev.recovery.scenarios.scenario.dsl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.recovery.core.casefile.Channel;
import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.money.Money;
import dev.recovery.scenarios.scenario.AppliesTo;
import dev.recovery.scenarios.scenario.DueOffset;
import dev.recovery.scenarios.scenario.HandOverTarget;
import dev.recovery.scenarios.scenario.Scenario;
import dev.recovery.scenarios.scenario.ScenarioBook;
import dev.recovery.scenarios.scenario.ScenarioSettings;
import dev.recovery.scenarios.scenario.SkipCondition;
import dev.recovery.scenarios.scenario.Step;
import dev.recovery.scenarios.scenario.Tone;
import dev.recovery.scenarios.template.ClasspathTemplates;
import dev.recovery.scenarios.template.TemplateSource;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads scenario files (YAML, or JSON, which YAML includes) into a {@link ScenarioBook}, checking
 * everything and reporting every error with file, line, column and field.
 *
 * <p>The form:
 * <pre>
 * scenarios:
 *   - id: standard-b2b
 *     name: Standard B2B escalation
 *     applies-to: {segments: [standard, low-risk], debtor-types: [business]}
 *     settings: {minimum-overdue: EUR 15.00, pause-on-dispute: true, promise-grace-days: 3,
 *                spare-clean-payers: true, tone: standard}
 *     steps:
 *       - {id: reminder-1, when: due + 3 days, channel: email, template: reminder, skip-if: clean-payer}
 *       - {id: call-1, when: due + 15 days, channel: phone, script: first-call}
 *       - {id: agency, when: due + 60 days, action: hand-over, to: agency, requires-approval: true}
 * </pre>
 * Errors: unknown keys, missing or malformed values, bad offsets, repeated scenario or step ids,
 * templates and scripts the {@link TemplateSource} does not offer, steps out of date order or after a
 * hand-over. Immutable and thread-safe.
 */
public final class ScenarioFileReader {

  private static final Set<String> TOP_KEYS = Set.of("scenarios");
  private static final Set<String> SCENARIO_KEYS = Set.of("id", "name", "applies-to", "settings", "steps");
  private static final Set<String> APPLIES_KEYS = Set.of("segments", "debtor-types");
  private static final Set<String> SETTINGS_KEYS =
      Set.of("minimum-overdue", "pause-on-dispute", "promise-grace-days", "spare-clean-payers", "tone");
  private static final Set<String> STEP_KEYS = Set.of("id", "when", "action", "channel", "template", "script",
      "skip-if", "to", "recipient", "requires-approval");

  private final TemplateSource templates;

  private ScenarioFileReader(TemplateSource templates) {
    this.templates = templates;
  }

  /** A reader that checks template and script names against the built-in templates. */
  public static ScenarioFileReader standard() {
    return new ScenarioFileReader(ClasspathTemplates.defaults());
  }

  /** A reader that checks template and script names against {@code templates}. */
  public static ScenarioFileReader withTemplates(TemplateSource templates) {
    return new ScenarioFileReader(Objects.requireNonNull(templates, "templates"));
  }

  /**
   * Reads a file.
   *
   * @throws ScenarioFileException with every error found
   * @throws UncheckedIOException if the file cannot be read
   */
  public ScenarioBook read(Path file) {
    try {
      return read(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read scenario file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads text (YAML or JSON). */
  public ScenarioBook read(String text, String fileName) {
    return read(new StringReader(text), fileName);
  }

  /**
   * Reads from a reader; {@code fileName} names the source in errors.
   *
   * @throws ScenarioFileException with every error found
   */
  public ScenarioBook read(Reader reader, String fileName) {
    List<ScenarioFileError> errors = new ArrayList<>();
    LocatedNode root;
    JsonFactory factory = new YAMLFactory();
    try (JsonParser p = factory.createParser(reader)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new ScenarioFileException(List.of(new ScenarioFileError(fileName, 1, 1, "(file)",
            "the file is empty; expected a mapping with 'scenarios:'")));
      }
      root = LocatedNode.read(p, dup -> errors.add(error(fileName, dup.keyPos(), "(mapping)",
          "key '" + ((LocatedNode.Scalar) dup.value()).text() + "' is repeated")));
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw new ScenarioFileException(List.of(new ScenarioFileError(fileName, loc == null ? 1 : Math.max(1, loc.getLineNr()),
          loc == null ? 1 : Math.max(1, loc.getColumnNr()), "(syntax)", "not valid YAML/JSON: " + e.getOriginalMessage())));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read scenario file " + fileName + ": " + e.getMessage(), e);
    }
    Context ctx = new Context(fileName, errors);
    List<Scenario> scenarios = new ArrayList<>();
    if (!(root instanceof LocatedNode.MapNode top)) {
      ctx.error(root.pos(), "(file)", "expected a mapping with 'scenarios:', found " + root.kind());
    } else {
      ctx.unknownKeys(top, TOP_KEYS, "");
      LocatedNode.Entry list = top.entries().get("scenarios");
      if (list == null) {
        ctx.error(top.pos(), "scenarios", "missing; expected a list of scenarios");
      } else if (!(list.value() instanceof LocatedNode.ListNode items)) {
        ctx.error(list.value().pos(), "scenarios", "expected a list of scenarios, found " + list.value().kind());
      } else {
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < items.items().size(); i++) {
          String path = "scenarios[" + i + "]";
          Scenario s = scenario(items.items().get(i), path, ctx);
          if (s != null) {
            String before = seen.putIfAbsent(s.id(), path);
            if (before != null) {
              ctx.error(items.items().get(i).pos(), path + ".id", "scenario id '" + s.id() + "' is repeated (first at "
                  + before + ")");
            } else {
              scenarios.add(s);
            }
          }
        }
        if (items.items().isEmpty()) {
          ctx.error(items.pos(), "scenarios", "the list is empty; expected at least one scenario");
        }
      }
    }
    if (!errors.isEmpty()) {
      errors.sort(java.util.Comparator.comparingInt(ScenarioFileError::line).thenComparingInt(ScenarioFileError::column));
      throw new ScenarioFileException(errors);
    }
    return ScenarioBook.of(scenarios);
  }

  private Scenario scenario(LocatedNode node, String path, Context ctx) {
    if (!(node instanceof LocatedNode.MapNode map)) {
      ctx.error(node.pos(), path, "expected a scenario mapping (id, name, applies-to, settings, steps), found "
          + node.kind());
      return null;
    }
    int before = ctx.errors.size();
    ctx.unknownKeys(map, SCENARIO_KEYS, path);
    String id = ctx.requiredText(map, "id", path);
    String name = ctx.optionalText(map, "name", path).orElse(id);
    AppliesTo appliesTo = appliesTo(map, path, ctx);
    ScenarioSettings settings = settings(map, path, ctx);
    List<Step> steps = new ArrayList<>();
    List<LocatedNode> stepNodes = new ArrayList<>();
    LocatedNode.Entry stepsEntry = map.entries().get("steps");
    if (stepsEntry == null) {
      ctx.error(map.pos(), path + ".steps", "missing; expected a list of steps");
    } else if (!(stepsEntry.value() instanceof LocatedNode.ListNode list)) {
      ctx.error(stepsEntry.value().pos(), path + ".steps", "expected a list of steps, found " + stepsEntry.value().kind());
    } else {
      Map<String, Integer> ids = new HashMap<>();
      Step previous = null;
      for (int i = 0; i < list.items().size(); i++) {
        LocatedNode item = list.items().get(i);
        String stepPath = path + ".steps[" + i + "]";
        String stepId = item instanceof LocatedNode.MapNode m && m.entries().get("id") != null
            && m.entries().get("id").value() instanceof LocatedNode.Scalar sc && !sc.isNull() ? sc.text().strip() : null;
        if (stepId != null) {
          Integer first = ids.putIfAbsent(stepId, i);
          if (first != null) {
            ctx.error(item.pos(), stepPath + ".id", "step id '" + stepId + "' is repeated (first at " + path
                + ".steps[" + first + "])");
            continue;
          }
        }
        Step step = step(item, stepPath, ctx);
        if (step == null) {
          continue;
        }
        if (previous != null && previous.isHandOver()) {
          ctx.error(item.pos(), stepPath, "step '" + step.id() + "' comes after the hand-over '" + previous.id()
              + "', which ends the scenario");
        } else if (previous != null && step.when().compareTo(previous.when()) < 0) {
          ctx.error(item.pos(), stepPath + ".when", "step '" + step.id() + "' at " + step.when()
              + " comes before step '" + previous.id() + "' at " + previous.when() + "; steps must be in date order");
        }
        steps.add(step);
        stepNodes.add(item);
        previous = step;
      }
      if (list.items().isEmpty()) {
        ctx.error(list.pos(), path + ".steps", "the list is empty; expected at least one step");
      }
    }
    if (ctx.errors.size() != before || id == null) {
      return null;
    }
    try {
      return Scenario.of(id, name, appliesTo, settings, steps);
    } catch (IllegalArgumentException e) {
      ctx.error(map.pos(), path, e.getMessage());
      return null;
    }
  }

  private AppliesTo appliesTo(LocatedNode.MapNode scenario, String path, Context ctx) {
    LocatedNode.Entry e = scenario.entries().get("applies-to");
    if (e == null) {
      return AppliesTo.any();
    }
    String p = path + ".applies-to";
    if (!(e.value() instanceof LocatedNode.MapNode map)) {
      ctx.error(e.value().pos(), p, "expected a mapping {segments: [...], debtor-types: [...]}, found " + e.value().kind());
      return AppliesTo.any();
    }
    ctx.unknownKeys(map, APPLIES_KEYS, p);
    Set<String> segments = new LinkedHashSet<>(ctx.textList(map, "segments", p));
    Set<DebtorType> types = EnumSet.noneOf(DebtorType.class);
    LocatedNode.Entry typesEntry = map.entries().get("debtor-types");
    List<String> typeTexts = ctx.textList(map, "debtor-types", p);
    for (int i = 0; i < typeTexts.size(); i++) {
      try {
        types.add(DebtorType.parse(typeTexts.get(i)));
      } catch (IllegalArgumentException ex) {
        ctx.error(ctx.itemPos(typesEntry, i), p + ".debtor-types[" + i + "]", ex.getMessage());
      }
    }
    return new AppliesTo(segments, types);
  }

  private ScenarioSettings settings(LocatedNode.MapNode scenario, String path, Context ctx) {
    ScenarioSettings d = ScenarioSettings.defaults();
    LocatedNode.Entry e = scenario.entries().get("settings");
    if (e == null) {
      return d;
    }
    String p = path + ".settings";
    if (!(e.value() instanceof LocatedNode.MapNode map)) {
      ctx.error(e.value().pos(), p, "expected a mapping of settings, found " + e.value().kind());
      return d;
    }
    ctx.unknownKeys(map, SETTINGS_KEYS, p);
    Optional<Money> minimum = d.minimumOverdue();
    Optional<String> minText = ctx.optionalText(map, "minimum-overdue", p);
    if (minText.isPresent()) {
      try {
        minimum = Optional.of(Money.parse(minText.get()));
      } catch (IllegalArgumentException ex) {
        ctx.error(map.entries().get("minimum-overdue").value().pos(), p + ".minimum-overdue",
            ex.getMessage() + " (expected e.g. 'EUR 15.00')");
      }
    }
    boolean pause = ctx.optionalBoolean(map, "pause-on-dispute", p).orElse(d.pauseOnDispute());
    int grace = ctx.optionalInt(map, "promise-grace-days", p, 0, 365).orElse(d.promiseGraceDays());
    boolean spare = ctx.optionalBoolean(map, "spare-clean-payers", p).orElse(d.spareCleanPayers());
    Tone tone = d.tone();
    Optional<String> toneText = ctx.optionalText(map, "tone", p);
    if (toneText.isPresent()) {
      try {
        tone = Tone.parse(toneText.get());
      } catch (IllegalArgumentException ex) {
        ctx.error(map.entries().get("tone").value().pos(), p + ".tone", ex.getMessage());
      }
    }
    return new ScenarioSettings(minimum, pause, grace, spare, tone);
  }

  private Step step(LocatedNode node, String path, Context ctx) {
    if (!(node instanceof LocatedNode.MapNode map)) {
      ctx.error(node.pos(), path, "expected a step mapping {id, when, channel, template|script} or "
          + "{id, when, action: hand-over, to}, found " + node.kind());
      return null;
    }
    int before = ctx.errors.size();
    ctx.unknownKeys(map, STEP_KEYS, path);
    String id = ctx.requiredText(map, "id", path);
    DueOffset when = null;
    String whenText = ctx.requiredText(map, "when", path);
    if (whenText != null) {
      try {
        when = DueOffset.parse(whenText);
      } catch (IllegalArgumentException ex) {
        ctx.error(map.entries().get("when").value().pos(), path + ".when", ex.getMessage());
      }
    }
    Step.Action action = Step.Action.CONTACT;
    Optional<String> actionText = ctx.optionalText(map, "action", path);
    if (actionText.isPresent()) {
      try {
        action = Step.Action.parse(actionText.get());
      } catch (IllegalArgumentException ex) {
        ctx.error(map.entries().get("action").value().pos(), path + ".action", ex.getMessage());
      }
    }
    Step.Builder b = id == null ? null : Step.builder(id);
    if (action == Step.Action.HAND_OVER) {
      String to = ctx.requiredText(map, "to", path);
      if (to != null) {
        try {
          if (b != null) {
            b.handOver(HandOverTarget.parse(to));
          }
        } catch (IllegalArgumentException ex) {
          ctx.error(map.entries().get("to").value().pos(), path + ".to", ex.getMessage());
        }
      }
    } else {
      String channelText = ctx.requiredText(map, "channel", path);
      if (channelText != null) {
        try {
          Channel channel = Channel.parse(channelText);
          if (b != null) {
            b.channel(channel);
          }
        } catch (IllegalArgumentException ex) {
          ctx.error(map.entries().get("channel").value().pos(), path + ".channel", ex.getMessage());
        }
      }
      ctx.optionalText(map, "template", path).ifPresent(t -> {
        if (!templates.has(TemplateSource.Kind.TEMPLATE, t)) {
          ctx.error(map.entries().get("template").value().pos(), path + ".template", "unknown template '" + t
              + "'; known: " + String.join(", ", new java.util.TreeSet<>(templates.names(TemplateSource.Kind.TEMPLATE))));
        } else if (b != null) {
          b.template(t);
        }
      });
      ctx.optionalText(map, "script", path).ifPresent(t -> {
        if (!templates.has(TemplateSource.Kind.SCRIPT, t)) {
          ctx.error(map.entries().get("script").value().pos(), path + ".script", "unknown call script '" + t
              + "'; known: " + String.join(", ", new java.util.TreeSet<>(templates.names(TemplateSource.Kind.SCRIPT))));
        } else if (b != null) {
          b.script(t);
        }
      });
    }
    List<String> skips = ctx.textOrList(map, "skip-if", path);
    LocatedNode.Entry skipEntry = map.entries().get("skip-if");
    for (int i = 0; i < skips.size(); i++) {
      try {
        SkipCondition c = SkipCondition.parse(skips.get(i));
        if (b != null) {
          b.skipIf(c);
        }
      } catch (IllegalArgumentException ex) {
        ctx.error(ctx.itemPos(skipEntry, i), path + ".skip-if", ex.getMessage());
      }
    }
    ctx.optionalText(map, "recipient", path).ifPresent(r -> {
      if (b != null) {
        b.recipient(r);
      }
    });
    ctx.optionalBoolean(map, "requires-approval", path).ifPresent(v -> {
      if (b != null) {
        b.requiresApproval(v);
      }
    });
    if (ctx.errors.size() != before || b == null || when == null) {
      return null;
    }
    b.when(when);
    try {
      return b.build();
    } catch (IllegalArgumentException ex) {
      ctx.error(map.pos(), path, ex.getMessage());
      return null;
    }
  }

  private static ScenarioFileError error(String file, LocatedNode.Pos pos, String field, String message) {
    return new ScenarioFileError(file, pos.line(), pos.column(), field, message);
  }

  /** Collects errors for one file. */
  private static final class Context {
    final String file;
    final List<ScenarioFileError> errors;

    Context(String file, List<ScenarioFileError> errors) {
      this.file = file;
      this.errors = errors;
    }

    void error(LocatedNode.Pos pos, String field, String message) {
      errors.add(ScenarioFileReader.error(file, pos, field, message));
    }

    void unknownKeys(LocatedNode.MapNode map, Set<String> known, String path) {
      for (Map.Entry<String, LocatedNode.Entry> e : map.entries().entrySet()) {
        if (!known.contains(e.getKey())) {
          error(e.getValue().keyPos(), (path.isEmpty() ? "" : path + ".") + e.getKey(), "unknown key '" + e.getKey()
              + "'; expected one of " + String.join(", ", new java.util.TreeSet<>(known)));
        }
      }
    }

    String requiredText(LocatedNode.MapNode map, String key, String path) {
      LocatedNode.Entry e = map.entries().get(key);
      if (e == null) {
        error(map.pos(), path + "." + key, "missing");
        return null;
      }
      return scalarText(e.value(), path + "." + key);
    }

    Optional<String> optionalText(LocatedNode.MapNode map, String key, String path) {
      LocatedNode.Entry e = map.entries().get(key);
      return e == null ? Optional.empty() : Optional.ofNullable(scalarText(e.value(), path + "." + key));
    }

    String scalarText(LocatedNode node, String field) {
      if (node instanceof LocatedNode.Scalar s && !s.isNull() && !s.text().isBlank()) {
        return s.text().strip();
      }
      error(node.pos(), field, "expected a value, found " + node.kind());
      return null;
    }

    Optional<Boolean> optionalBoolean(LocatedNode.MapNode map, String key, String path) {
      Optional<String> t = optionalText(map, key, path);
      if (t.isEmpty()) {
        return Optional.empty();
      }
      String v = t.get().toLowerCase(Locale.ROOT);
      if (v.equals("true") || v.equals("false")) {
        return Optional.of(Boolean.parseBoolean(v));
      }
      error(map.entries().get(key).value().pos(), path + "." + key, "expected true or false, found '" + t.get() + "'");
      return Optional.empty();
    }

    Optional<Integer> optionalInt(LocatedNode.MapNode map, String key, String path, int min, int max) {
      Optional<String> t = optionalText(map, key, path);
      if (t.isEmpty()) {
        return Optional.empty();
      }
      try {
        int v = Integer.parseInt(t.get());
        if (v >= min && v <= max) {
          return Optional.of(v);
        }
      } catch (NumberFormatException ignored) {
        // reported below
      }
      error(map.entries().get(key).value().pos(), path + "." + key, "expected a whole number from " + min + " to "
          + max + ", found '" + t.get() + "'");
      return Optional.empty();
    }

    List<String> textList(LocatedNode.MapNode map, String key, String path) {
      LocatedNode.Entry e = map.entries().get(key);
      if (e == null) {
        return List.of();
      }
      if (!(e.value() instanceof LocatedNode.ListNode list)) {
        error(e.value().pos(), path + "." + key, "expected a list, found " + e.value().kind());
        return List.of();
      }
      List<String> result = new ArrayList<>();
      for (int i = 0; i < list.items().size(); i++) {
        String t = scalarText(list.items().get(i), path + "." + key + "[" + i + "]");
        result.add(t == null ? "" : t);
      }
      return result;
    }

    List<String> textOrList(LocatedNode.MapNode map, String key, String path) {
      LocatedNode.Entry e = map.entries().get(key);
      if (e == null) {
        return List.of();
      }
      if (e.value() instanceof LocatedNode.Scalar) {
        String t = scalarText(e.value(), path + "." + key);
        return t == null ? List.of() : List.of(t);
      }
      return textList(map, key, path);
    }

    LocatedNode.Pos itemPos(LocatedNode.Entry entry, int index) {
      if (entry != null && entry.value() instanceof LocatedNode.ListNode list && index < list.items().size()) {
        return list.items().get(index).pos();
      }
      return entry == null ? new LocatedNode.Pos(1, 1) : entry.value().pos();
    }
  }
}
