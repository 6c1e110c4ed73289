package dev.recovery.scenarios.scenario.dsl;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A YAML or JSON value with the line and column it starts at (Jackson's tree model forgets them).
 * Internal to the file DSL.
 */
sealed interface LocatedNode {

  /** Where the value starts. */
  Pos pos();

  /** A position in the file. */
  record Pos(int line, int column) {
    static Pos of(JsonLocation loc) {
      return new Pos(Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }
  }

  /** A mapping; keys in file order. */
  record MapNode(Pos pos, Map<String, Entry> entries) implements LocatedNode {}

  /** One key of a mapping with the key's position. */
  record Entry(Pos keyPos, LocatedNode value) {}

  /** A sequence. */
  record ListNode(Pos pos, List<LocatedNode> items) implements LocatedNode {}

  /** A scalar: its text (null for a null value) and whether it was quoted/textual. */
  record Scalar(Pos pos, String text, JsonToken token) implements LocatedNode {
    boolean isNull() {
      return token == JsonToken.VALUE_NULL;
    }
  }

  /** A short name of the node's kind, for messages. */
  default String kind() {
    if (this instanceof MapNode) {
      return "a mapping";
    }
    if (this instanceof ListNode) {
      return "a list";
    }
    Scalar s = (Scalar) this;
    return s.isNull() ? "nothing (null)" : "'" + s.text() + "'";
  }

  /**
   * Reads the value at the parser's current token. Repeated keys are reported to {@code duplicate}
   * (the later one wins).
   */
  static LocatedNode read(JsonParser p, Consumer<Entry> duplicate) throws IOException {
    JsonToken t = p.currentToken();
    Pos pos = Pos.of(p.currentTokenLocation());
    if (t == JsonToken.START_OBJECT) {
      Map<String, Entry> entries = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        Pos keyPos = Pos.of(p.currentTokenLocation());
        p.nextToken();
        LocatedNode value = read(p, duplicate);
        Entry e = new Entry(keyPos, value);
        if (entries.containsKey(key)) {
          duplicate.accept(new Entry(keyPos, new Scalar(keyPos, key, JsonToken.VALUE_STRING)));
        }
        entries.put(key, e);
      }
      return new MapNode(pos, entries);
    }
    if (t == JsonToken.START_ARRAY) {
      List<LocatedNode> items = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        items.add(read(p, duplicate));
      }
      return new ListNode(pos, items);
    }
    if (t == JsonToken.VALUE_NULL) {
      return new Scalar(pos, null, t);
    }
    return new Scalar(pos, p.getText(), t);
  }
}
