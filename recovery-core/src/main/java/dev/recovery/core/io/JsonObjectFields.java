package dev.recovery.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.recovery.core.money.Money;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads typed fields out of one JSON object, recording one {@link ImportFailure} per bad field
 * (missing, null, wrong JSON type, unparsable text) and returning null for it.
 *
 * <p>Not thread-safe; one instance per JSON object.
 */
final class JsonObjectFields {

  private final JsonNode node;
  private final String file;
  private final long line;
  private final String prefix;
  private final List<ImportFailure> failures;

  JsonObjectFields(JsonNode node, String file, long line, String prefix, List<ImportFailure> failures) {
    this.node = node;
    this.file = file;
    this.line = line;
    this.prefix = prefix;
    this.failures = failures;
  }

  /** Reports every field not in {@code known}. */
  void rejectUnknown(Set<String> known, String what) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        fail(name, node.get(name), "unknown field for " + what + "; the known fields are "
            + String.join(", ", known));
      }
    }
  }

  /** A required non-blank string. */
  String text(String name) {
    JsonNode v = node.get(name);
    if (v == null) {
      fail(name, null, "required field is missing");
      return null;
    }
    if (!v.isTextual()) {
      fail(name, v, v.isNull() ? "must not be null" : "must be a string");
      return null;
    }
    if (v.textValue().isBlank()) {
      fail(name, v, "must not be blank");
      return null;
    }
    return v.textValue();
  }

  /** An optional string: absent or null gives null; a present one must be a string. */
  String optionalText(String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      fail(name, v, "must be a string");
      return null;
    }
    return v.textValue();
  }

  /** A required string converted by {@code parse}; its exception message becomes the reason. */
  <T> T parsed(String name, Function<String, T> parse) {
    String t = text(name);
    return t == null ? null : convert(name, node.get(name), t, parse);
  }

  /** An optional string converted by {@code parse}; absent or null gives null. */
  <T> T optionalParsed(String name, Function<String, T> parse) {
    String t = optionalText(name);
    return t == null ? null : convert(name, node.get(name), t, parse);
  }

  private <T> T convert(String name, JsonNode v, String t, Function<String, T> parse) {
    try {
      return parse.apply(t);
    } catch (IllegalArgumentException | DateTimeException e) {
      fail(name, v, e.getMessage());
      return null;
    }
  }

  /** A required ISO date. */
  LocalDate date(String name) {
    return parsed(name, Cells::date);
  }

  /** An optional ISO date (absent or null gives null). */
  LocalDate optionalDate(String name) {
    return optionalParsed(name, Cells::date);
  }

  /** A required date-time with offset. */
  OffsetDateTime dateTime(String name) {
    return parsed(name, JsonObjectFields::offsetDateTime);
  }

  static OffsetDateTime offsetDateTime(String t) {
    try {
      return OffsetDateTime.parse(t);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "not an ISO date-time with offset (expected e.g. 2025-03-01T09:00:00+01:00)", e);
    }
  }

  /** A required amount string in the currency given by another required string field. */
  Money money(String amountName, String currencyName) {
    String currencyText = text(currencyName);
    String amountText = text(amountName);
    if (currencyText == null || amountText == null) {
      return null;
    }
    java.util.Currency currency;
    try {
      currency = Money.currency(currencyText);
    } catch (IllegalArgumentException e) {
      fail(currencyName, node.get(currencyName), "not a known ISO 4217 currency code");
      return null;
    }
    try {
      return Cells.amount(amountText, currency);
    } catch (IllegalArgumentException e) {
      fail(amountName, node.get(amountName), e.getMessage());
      return null;
    }
  }

  /** An optional array of non-blank strings converted by {@code parse}; absent gives an empty list. */
  <T> List<T> list(String name, Function<String, T> parse) {
    JsonNode v = node.get(name);
    List<T> result = new ArrayList<>();
    if (v == null) {
      return result;
    }
    if (!v.isArray()) {
      fail(name, v, "must be an array of strings");
      return result;
    }
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      String at = name + "[" + i + "]";
      if (!e.isTextual() || e.textValue().isBlank()) {
        fail(at, e, "must be a non-blank string");
        continue;
      }
      T parsed = convert(at, e, e.textValue(), parse);
      if (parsed != null) {
        result.add(parsed);
      }
    }
    return result;
  }

  /** A required non-empty array of objects. */
  List<JsonObjectFields> objects(String name) {
    JsonNode v = node.get(name);
    List<JsonObjectFields> result = new ArrayList<>();
    if (v == null) {
      fail(name, null, "required field is missing");
      return result;
    }
    if (!v.isArray() || v.isEmpty()) {
      fail(name, v, "must be a non-empty array of objects");
      return result;
    }
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      String at = prefix + name + "[" + i + "]";
      if (!e.isObject()) {
        failures.add(ImportFailure.ofField(file, line, at, e.toString(), "must be an object"));
        continue;
      }
      result.add(new JsonObjectFields(e, file, line, at + ".", failures));
    }
    return result;
  }

  /** Records a problem with a field whose text parsed but whose value breaks a rule. */
  void reject(String name, String reason) {
    fail(name, node.get(name), reason);
  }

  private void fail(String name, JsonNode value, String reason) {
    String shown = value == null ? null : value.isTextual() ? value.textValue() : value.toString();
    failures.add(ImportFailure.ofField(file, line, prefix + name, shown, reason));
  }
}
