package dev.recovery.scenarios.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * The library's built-in templates and call scripts, in French and English, read from the class
 * path ({@code dev/recovery/scenarios/template/<language>/<name>.mustache} and
 * {@code .../<language>/script-<name>.mustache}).
 *
 * <p>Immutable and thread-safe.
 */
public final class ClasspathTemplates implements TemplateSource {

  /** The built-in message templates. */
  public static final Set<String> TEMPLATES =
      Set.of("pre-reminder", "reminder", "reminder-short", "reminder-penalties", "formal-notice", "voicemail");
  /** The built-in call scripts. */
  public static final Set<String> SCRIPTS = Set.of("first-call", "follow-up-call", "key-account-call",
      "locate-blocking-step");
  /** The languages the built-in texts exist in. */
  public static final Set<String> LANGUAGES = Set.of("fr", "en");

  private static final ClasspathTemplates INSTANCE = new ClasspathTemplates();

  private ClasspathTemplates() {}

  /** The built-in source. */
  public static ClasspathTemplates defaults() {
    return INSTANCE;
  }

  @Override
  public Optional<String> find(Kind kind, String name, String language) {
    Set<String> names = names(kind);
    if (!names.contains(name) || !LANGUAGES.contains(language)) {
      return Optional.empty();
    }
    String file = (kind == Kind.SCRIPT ? "script-" : "") + name + ".mustache";
    String path = "/dev/recovery/scenarios/template/" + language + "/" + file;
    try (InputStream in = ClasspathTemplates.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("built-in template resource " + path + " is missing from the class path");
      }
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  @Override
  public Set<String> names(Kind kind) {
    return kind == Kind.TEMPLATE ? TEMPLATES : SCRIPTS;
  }
}
