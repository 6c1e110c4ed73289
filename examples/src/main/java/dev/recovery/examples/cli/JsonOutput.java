package dev.recovery.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.recovery.core.money.Money;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * The JSON conventions of the command line: amounts as plain decimal strings at the currency's
 * scale ({@code "3000.00"}), never floating-point numbers; dates in ISO format.
 */
public final class JsonOutput {

  private static final ObjectMapper MAPPER = create();

  private JsonOutput() {}

  /** The shared, thread-safe mapper. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Serialises a document, pretty-printed. */
  public static String write(Object document) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectMapper create() {
    SimpleModule money = new SimpleModule("recovery-money");
    money.addSerializer(Money.class, new StdSerializer<>(Money.class) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(Money value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.toPlainString());
      }
    });
    money.addSerializer(BigDecimal.class, new StdSerializer<>(BigDecimal.class) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.toPlainString());
      }
    });
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .registerModule(money)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }
}
