package dev.recovery.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class Utf8ReaderProperties {

  /** Text with line ends of every kind, accents and characters beyond the basic plane. */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(Arbitraries.of("a", "é", "\n", "\r", "\r\n", "€", "😀", ",", "\"", "ß"),
        Arbitraries.strings().alpha().ofMaxLength(3)).list().ofMaxSize(80).map(l -> String.join("", l));
  }

  /** Reads everything in chunks of {@code chunk} characters. */
  private static String readAll(Utf8Reader r, int chunk, StringBuilder into) throws IOException {
    char[] buffer = new char[chunk + 1];
    int n;
    while ((n = r.read(buffer, 1, chunk)) >= 0) {
      into.append(buffer, 1, n);
    }
    return into.toString();
  }

  @Property(tries = 400)
  void validTextReadsBackWhateverTheChunks(@ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 9) int chunk)
      throws IOException {
    Utf8Reader r = new Utf8Reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertThat(readAll(r, chunk, new StringBuilder())).isEqualTo(text);
  }

  @Property(tries = 400)
  void aBadByteComesAfterAllTheTextBeforeItAndNamesItsLine(@ForAll("texts") String before,
      @ForAll("texts") String after, @ForAll @IntRange(min = 1, max = 9) int chunk) throws IOException {
    byte[] head = before.getBytes(StandardCharsets.UTF_8);
    byte[] tail = after.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) 0xFF; // never valid in UTF-8
    System.arraycopy(tail, 0, all, head.length + 1, tail.length);
    Utf8Reader r = new Utf8Reader(new ByteArrayInputStream(all));
    StringBuilder read = new StringBuilder();
    assertThatThrownBy(() -> readAll(r, chunk, read)).isInstanceOfSatisfying(Utf8Reader.Malformed.class, m -> {
      long lines = 1 + before.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count();
      assertThat(m.line()).isEqualTo(lines);
      assertThat(m.getMessage()).contains("byte 0xFF on line " + lines);
    });
    assertThat(read.toString()).isEqualTo(before);
  }
}
