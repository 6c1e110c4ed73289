package dev.recovery.scenarios.scenario.dsl;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario file has errors; carries every one of them, with file, line and column. */
public final class ScenarioFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The errors (serializable list). */
  private final transient List<ScenarioFileError> errors;

  /** Creates the exception with every error found. */
  public ScenarioFileException(List<ScenarioFileError> errors) {
    super(errors.size() + " error(s) in scenario file:\n"
        + errors.stream().map(ScenarioFileError::toString).collect(Collectors.joining("\n")));
    this.errors = List.copyOf(errors);
  }

  /** Every error found. */
  public List<ScenarioFileError> errors() {
    return errors;
  }
}
