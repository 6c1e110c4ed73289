package dev.recovery.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

class QuoteTrackerProperties {

  /** Text made of the characters that matter to quoting, and a few others. */
  @Provide
  Arbitrary<String> csvish() {
    return Arbitraries.strings().withChars('a', 'b', ',', ';', '"', '\n', '\r', ' ').ofMaxLength(60);
  }

  @Provide
  Arbitrary<List<List<String>>> tables() {
    Arbitrary<String> cell = Arbitraries.strings().withChars('a', '1', ',', '"', '\n', '\r', ' ').ofMaxLength(8);
    return cell.list().ofMinSize(1).ofMaxSize(4).list().ofMinSize(1).ofMaxSize(6);
  }

  @Property(tries = 500)
  void readingInChunksFollowsTheQuotesAsReadingOneCharacterAtATime(@ForAll("csvish") String text,
      @ForAll @IntRange(min = 1, max = 7) int chunk, @ForAll boolean semicolon) throws IOException {
    char separator = semicolon ? ';' : ',';
    QuoteTracker bulk = new QuoteTracker(new StringReader(text), separator);
    char[] buffer = new char[chunk + 2];
    while (bulk.read(buffer, 1, chunk) >= 0) {
      // the offset of 1 checks that the tracker reads from the offset given
    }
    QuoteTracker single = new QuoteTracker(new StringReader(text), separator);
    while (single.read() >= 0) {
      // one character at a time: the reference
    }
    assertThat(bulk.endedInsideQuotes()).isEqualTo(single.endedInsideQuotes());
  }

  @Property(tries = 300)
  void aWellQuotedFileEndsOutsideQuotesAndCuttingItInsideAQuotedCellIsSeen(
      @ForAll("tables") List<List<String>> rows, @ForAll @IntRange(min = 1, max = 5) int chunk) throws IOException {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get())) {
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    }
    String text = out.toString();
    assertThat(endsInsideQuotes(text, chunk)).isFalse();
    // every cell is quoted and the quotes in a cell are doubled: without the last closing quote,
    // and with only the first opening one, the text ends inside a cell
    assertThat(text).endsWith("\"\r\n");
    assertThat(endsInsideQuotes(text.substring(0, text.length() - 3), chunk)).isTrue();
    assertThat(endsInsideQuotes(text.substring(0, 1), chunk)).isTrue();
  }

  private static boolean endsInsideQuotes(String text, int chunk) throws IOException {
    QuoteTracker tracker = new QuoteTracker(new StringReader(text), ',');
    char[] buffer = new char[chunk];
    try (Reader r = tracker) {
      while (r.read(buffer, 0, chunk) >= 0) {
        // read through
      }
    }
    return tracker.endedInsideQuotes();
  }
}
