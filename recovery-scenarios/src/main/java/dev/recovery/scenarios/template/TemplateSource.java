package dev.recovery.scenarios.template;

import java.util.Optional;
import java.util.Set;

/**
 * Where message templates and call scripts come from: the library's defaults or the host's own.
 *
 * <p>Implementations must be thread-safe. A source returns the Mustache text of a template or script
 * for a language; {@link #withFallback(TemplateSource)} layers a host's source over the defaults.
 */
public interface TemplateSource {

  /** Whether a name is a message template or a call script. */
  enum Kind {
    /** A message (e-mail, SMS, letter, voicemail). */
    TEMPLATE,
    /** A call script. */
    SCRIPT
  }

  /** The Mustache text of {@code name} in {@code language}, if this source has it. */
  Optional<String> find(Kind kind, String name, String language);

  /** The names of every template or script this source offers (in at least one language). */
  Set<String> names(Kind kind);

  /** Whether this source offers {@code name}. */
  default boolean has(Kind kind, String name) {
    return names(kind).contains(name);
  }

  /** This source, falling back to {@code other} for what it lacks. */
  default TemplateSource withFallback(TemplateSource other) {
    TemplateSource self = this;
    return new TemplateSource() {
      @Override
      public Optional<String> find(Kind kind, String name, String language) {
        Optional<String> mine = self.find(kind, name, language);
        return mine.isPresent() ? mine : other.find(kind, name, language);
      }

      @Override
      public Set<String> names(Kind kind) {
        java.util.Set<String> all = new java.util.TreeSet<>(self.names(kind));
        all.addAll(other.names(kind));
        return java.util.Collections.unmodifiableSet(all);
      }
    };
  }

  /** A source over an in-memory map of {@code kind/language/name} to text (for hosts and tests). */
  static TemplateSource ofMap(java.util.Map<String, String> texts) {
    java.util.Map<String, String> copy = java.util.Map.copyOf(texts);
    return new TemplateSource() {
      @Override
      public Optional<String> find(Kind kind, String name, String language) {
        return Optional.ofNullable(copy.get(key(kind, language, name)));
      }

      @Override
      public Set<String> names(Kind kind) {
        java.util.Set<String> result = new java.util.TreeSet<>();
        String prefix = kind.name().toLowerCase(java.util.Locale.ROOT) + "/";
        for (String k : copy.keySet()) {
          if (k.startsWith(prefix)) {
            result.add(k.substring(k.lastIndexOf('/') + 1));
          }
        }
        return result;
      }
    };
  }

  /** The key of a text in {@link #ofMap(java.util.Map)}: {@code template/fr/reminder}. */
  static String key(Kind kind, String language, String name) {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + "/" + language + "/" + name;
  }
}
