package dev.recovery.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A strict UTF-8 reader that says where a file stops being UTF-8: every character before the bad
 * bytes is handed over first (a reader over it reads the good rows), and the next read fails with a
 * {@link Malformed} naming the line and column of the first bad byte and its value. The JDK's decoding
 * reader fails on the whole read in which the bad bytes fall, so a buffer over it loses the text
 * before them, and it does not say where they are.
 *
 * <p>Lines are counted as the parsers count them: LF, CR and CRLF each end one. Not thread-safe.
 */
final class Utf8Reader extends Reader {

  /** Bytes that are not UTF-8, where they are in the file. */
  static final class Malformed extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final long line;
    private final String message;

    Malformed(long line, long column, String bytes) {
      this.line = line;
      this.message = "the file is not valid UTF-8: " + bytes + " on line " + line + ", after " + (column - 1)
          + " character" + (column == 2 ? "" : "s") + " of the line (save the file as UTF-8)";
    }

    /** The 1-based line of the first bad byte. */
    long line() {
      return line;
    }

    @Override
    public String getMessage() {
      return message;
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
  /** Room for a character that does not fit the caller's buffer (the low half of a surrogate pair). */
  private final CharBuffer spare = CharBuffer.allocate(2).flip();
  private boolean endOfInput;
  private boolean flushed;
  private Malformed pending;
  private long line = 1;
  private long column = 1;
  private boolean afterCr;

  Utf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (spare.hasRemaining()) {
      buffer[offset] = spare.get();
      count(buffer, offset, 1);
      return 1;
    }
    if (pending != null) {
      throw pending;
    }
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    while (true) {
      CoderResult r = flushed ? CoderResult.UNDERFLOW : decoder.decode(bytes, out, endOfInput);
      int produced = out.position() - offset;
      if (r.isError()) {
        // what came before the bad bytes is handed over first; the failure comes with the next read
        count(buffer, offset, produced);
        StringBuilder bad = new StringBuilder(r.length() == 1 ? "byte" : "bytes");
        for (int k = 0; k < r.length(); k++) {
          bad.append(String.format(" 0x%02X", bytes.get(bytes.position() + k) & 0xFF));
        }
        pending = new Malformed(line, column, bad.toString());
        if (produced > 0) {
          return produced;
        }
        throw pending;
      }
      if (r.isOverflow() && produced == 0) {
        // a surrogate pair and room for one character: decode it aside
        spare.clear();
        decoder.decode(bytes, spare, endOfInput);
        spare.flip();
        buffer[offset] = spare.get();
        count(buffer, offset, 1);
        return 1;
      }
      if (produced > 0) {
        count(buffer, offset, produced);
        return produced;
      }
      if (endOfInput) {
        if (!flushed) {
          decoder.flush(out);
          flushed = true;
          if (out.position() > offset) {
            continue;
          }
        }
        return -1;
      }
      bytes.compact();
      int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
      if (n < 0) {
        endOfInput = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }
  }

  private void count(char[] buffer, int from, int n) {
    long l = line;
    long c = column;
    boolean cr = afterCr;
    for (int k = from; k < from + n; k++) {
      char ch = buffer[k];
      if (ch == '\n') {
        if (!cr) {
          l++;
        }
        c = 1;
        cr = false;
      } else if (ch == '\r') {
        l++;
        c = 1;
        cr = true;
      } else {
        c++;
        cr = false;
      }
    }
    line = l;
    column = c;
    afterCr = cr;
  }

  @Override
  public boolean ready() throws IOException {
    // with a failure pending, a buffered reader over this one stops at the good text
    return pending == null && (spare.hasRemaining() || bytes.hasRemaining() || in.available() > 0);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
