package dev.recovery.scenarios.template;

import java.util.List;
import java.util.Objects;

/**
 * A message or call script rendered for one action.
 *
 * <p>Immutable and thread-safe.
 *
 * @param actionId the action it belongs to
 * @param name the template or script name
 * @param language the language used
 * @param text the rendered text
 * @param warnings what a reviewer should know (an SMS over 160 GSM-7 characters, ...)
 */
public record RenderedMessage(String actionId, String name, String language, String text, List<String> warnings) {

  /** Validates and copies. */
  public RenderedMessage {
    Objects.requireNonNull(actionId, "actionId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    warnings = List.copyOf(warnings);
  }
}
