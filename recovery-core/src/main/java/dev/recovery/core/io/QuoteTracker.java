package dev.recovery.core.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that follows the RFC 4180 quoting of the text passing through it, to tell at the end of
 * the input whether a quoted cell was left open. The CSV parser reads an unclosed quote up to the end
 * of the file as one cell and says nothing; without this the rest of a broken file would be taken as
 * the last cell of a row.
 *
 * <p>The states are those of the parser: at the start of a cell, in an unquoted cell (where a quote is
 * an ordinary character), in a quoted cell, and just after a quote inside a quoted cell (the closing
 * quote, or the first of a doubled one). A line break is CR, LF or CRLF. Not thread-safe.
 */
final class QuoteTracker extends FilterReader {

  private static final int CELL_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_IN_QUOTED = 3;

  private final char separator;
  private int state = CELL_START;
  private boolean ended;

  QuoteTracker(Reader in, char separator) {
    super(in);
    this.separator = separator;
  }

  /** Whether the whole input was read and it ended inside a quoted cell. */
  boolean endedInsideQuotes() {
    return ended && state == QUOTED;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c < 0) {
      ended = true;
    } else {
      state = next(state, (char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n < 0) {
      ended = true;
      return n;
    }
    // only quotes change the state that matters (inside a quoted cell or not): jump from quote to
    // quote, and look at the character before a quote to tell whether it opens a cell
    int s = state;
    int k = offset;
    int end = offset + n;
    while (k < end) {
      if (s == QUOTED) {
        while (k < end && buffer[k] != '"') {
          k++;
        }
        if (k < end) {
          s = QUOTE_IN_QUOTED;
          k++;
        }
      } else if (s == QUOTE_IN_QUOTED) {
        s = next(s, buffer[k++]);
      } else {
        int q = k;
        while (q < end && buffer[q] != '"') {
          q++;
        }
        if (q == end) {
          s = isBreak(buffer[end - 1]) ? CELL_START : UNQUOTED;
        } else {
          s = (q == k ? s == CELL_START : isBreak(buffer[q - 1])) ? QUOTED : UNQUOTED;
        }
        k = q + 1;
      }
    }
    state = s;
    return n;
  }

  private boolean isBreak(char c) {
    return c == separator || c == '\n' || c == '\r';
  }

  /** The state after one character (the reference the bulk read follows). */
  private int next(int s, char c) {
    switch (s) {
      case QUOTED:
        return c == '"' ? QUOTE_IN_QUOTED : QUOTED;
      case QUOTE_IN_QUOTED:
        // a doubled quote stays in the cell; after the closing quote comes a separator or a line end
        // (anything else is an error the parser reports)
        return c == '"' ? QUOTED : isBreak(c) ? CELL_START : UNQUOTED;
      case CELL_START:
        return c == '"' ? QUOTED : isBreak(c) ? CELL_START : UNQUOTED;
      default:
        return isBreak(c) ? CELL_START : UNQUOTED;
    }
  }

  @Override
  public long skip(long n) throws IOException {
    // skipped text would escape the tracking: read it instead
    char[] sink = new char[(int) Math.min(n, 8192)];
    long left = n;
    while (left > 0) {
      int r = read(sink, 0, (int) Math.min(left, sink.length));
      if (r < 0) {
        break;
      }
      left -= r;
    }
    return n - left;
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
