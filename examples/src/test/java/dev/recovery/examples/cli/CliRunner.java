package dev.recovery.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and captures its exit code and streams, for tests. */
final class CliRunner {

  /** What a run gave. */
  record Result(int exitCode, String out, String err) {
    /** Stdout parsed as one JSON document. */
    JsonNode json() {
      try {
        return new ObjectMapper().readTree(out);
      } catch (Exception e) {
        throw new AssertionError("stdout is not one JSON document: " + out, e);
      }
    }
  }

  private CliRunner() {}

  /** Runs {@code recovery args...}. */
  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = RecoveryCli.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }
}
