package dev.recovery.scenarios.simulate;

import dev.recovery.core.casefile.Channel;
import dev.recovery.scenarios.scenario.Scenario;
import dev.recovery.scenarios.scenario.ScenarioBook;
import dev.recovery.scenarios.scenario.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Named variants of a scenario book, to compare strategies on the same portfolio:
 * {@code baseline} (the book as written), {@code written-only} (its phone and voicemail steps
 * removed), {@code no-pre-reminder} (its steps before the due date removed), and {@code no-dunning}
 * (no scenario at all: the reference for what debtors pay unprompted).
 */
public final class Strategies {

  /** The names {@link #variant} knows. */
  public static final List<String> NAMES = List.of("baseline", "written-only", "no-pre-reminder", "no-dunning");

  private Strategies() {}

  /**
   * The variant {@code name} of {@code book}.
   *
   * @throws IllegalArgumentException naming the known variants
   */
  public static ScenarioBook variant(ScenarioBook book, String name) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "baseline" -> book;
      case "no-dunning" -> ScenarioBook.of(List.of());
      case "written-only" -> filter(book, s -> s.isHandOver() || s.channel().filter(Channel::isVoice).isEmpty());
      case "no-pre-reminder" -> filter(book, s -> s.when().days() >= 0);
      default -> throw new IllegalArgumentException("unknown strategy '" + name + "'; known: " + String.join(", ", NAMES)
          + " (or a scenario file path)");
    };
  }

  private static ScenarioBook filter(ScenarioBook book, java.util.function.Predicate<Step> keep) {
    List<Scenario> result = new ArrayList<>();
    for (Scenario s : book.scenarios()) {
      List<Step> steps = s.steps().stream().filter(keep).toList();
      if (!steps.isEmpty()) {
        result.add(Scenario.of(s.id(), s.name(), s.appliesTo(), s.settings(), steps));
      }
    }
    return ScenarioBook.of(result);
  }
}
