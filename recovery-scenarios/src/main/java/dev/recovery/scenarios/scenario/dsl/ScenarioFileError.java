package dev.recovery.scenarios.scenario.dsl;

import java.util.Objects;

/**
 * One error in a scenario file: where it is and what was expected.
 *
 * <p>Immutable and thread-safe.
 *
 * @param file the file name
 * @param line the line, from 1
 * @param column the column, from 1
 * @param field the path of the field ({@code scenarios[0].steps[2].when})
 * @param message what is wrong and what was expected
 */
public record ScenarioFileError(String file, int line, int column, String field, String message) {

  /** Validates the fields. */
  public ScenarioFileError {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  /** {@code file:line:column: field: message}. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + field + ": " + message;
  }
}
