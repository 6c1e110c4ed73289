package dev.recovery.core.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.recovery.core.casefile.CaseEvent;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.PaymentId;
import dev.recovery.core.money.Money;
import dev.recovery.core.terms.PaymentTerms;
import java.io.IOException;
import java.util.function.Function;

/**
 * A Jackson module with the JSON conventions of Recovery SDK, for hosts and other modules that
 * serialise core values with their own {@link ObjectMapper}.
 *
 * <ul>
 *   <li>{@link Money} is one plain string {@code "EUR 3000.00"} ({@link Money#toString()}, read back
 *       by {@link Money#parse(CharSequence)}): exact, never a JSON number, and self-contained. Where a
 *       document already has a currency field, use {@link JsonMoney#amountText(Money)} instead.</li>
 *   <li>{@link DebtorId}, {@link InvoiceId}, {@link PaymentId} are their plain id strings.</li>
 *   <li>{@link PaymentTerms} is its canonical text ({@code "45 days end of month"}).</li>
 *   <li>{@link CaseEvent} is the same object as one line of {@code events.jsonl} ({@link
 *       CaseEventJsonl}).</li>
 * </ul>
 *
 * <p>Dates need Jackson's {@link JavaTimeModule} with {@code WRITE_DATES_AS_TIMESTAMPS} off; {@link
 * #mapper()} gives a mapper configured with both.
 */
public final class RecoveryJacksonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** A module with the serialisers and deserialisers above. */
  public RecoveryJacksonModule() {
    super("recovery-core");
    text(Money.class, Money::toString, Money::parse);
    text(DebtorId.class, DebtorId::value, DebtorId::of);
    text(InvoiceId.class, InvoiceId::value, InvoiceId::of);
    text(PaymentId.class, PaymentId::value, PaymentId::of);
    text(PaymentTerms.class, PaymentTerms::toString, PaymentTerms::parse);
    addSerializer(CaseEvent.class, new StdSerializer<>(CaseEvent.class) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(CaseEvent value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        CaseEventJsonl.writeObject(value, gen);
      }
    });
    addDeserializer(CaseEvent.class, new StdDeserializer<>(CaseEvent.class) {
      private static final long serialVersionUID = 1L;

      @Override
      public CaseEvent deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = p.readValueAsTree();
        try {
          return CaseEventJsonl.fromTree(node);
        } catch (IllegalArgumentException e) {
          return (CaseEvent) ctxt.handleWeirdStringValue(CaseEvent.class, String.valueOf(node), e.getMessage());
        }
      }
    });
  }

  /** A new mapper with this module and {@link JavaTimeModule}, writing dates as ISO strings. */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(new RecoveryJacksonModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
  }

  private <T> void text(Class<T> type, Function<T, String> write, Function<String, T> read) {
    addSerializer(type, new StdSerializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(write.apply(value));
      }
    });
    addDeserializer(type, new StdDeserializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          return type.cast(ctxt.handleUnexpectedToken(type, p));
        }
        String text = p.getText();
        try {
          return read.apply(text);
        } catch (IllegalArgumentException e) {
          return type.cast(ctxt.handleWeirdStringValue(type, text, e.getMessage()));
        }
      }
    });
  }
}
