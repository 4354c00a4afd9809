package dev.epakit.io.journey;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes UTF-8 and, instead of failing on a malformed byte sequence, puts U+FFFD in its place and
 * remembers the line it was on, so that the reader can report it against the journey and field of
 * that line and go on. A leading byte order mark is skipped. Not thread-safe.
 */
final class Utf8LineReader extends Reader {

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private final List<Integer> malformedLines = new ArrayList<>();
  private boolean eof;
  private boolean flushed;
  private boolean pendingReplacement;
  private boolean first = true;
  private int line = 1;

  Utf8LineReader(InputStream in) {
    this.in = in;
    bytes.flip();
  }

  /** Lines (from 1) where malformed input was replaced, in order; cleared by the caller. */
  List<Integer> malformedLines() {
    return malformedLines;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    int counted = off;
    while (out.position() == off || (out.hasRemaining() && !eof && bytes.hasRemaining())) {
      if (pendingReplacement) {
        out.put('\uFFFD');
        pendingReplacement = false;
        continue;
      }
      if (flushed) {
        break; // the decoder has finished: decoding again would be an illegal state
      }
      CoderResult r = decoder.decode(bytes, out, eof);
      if (r.isMalformed() || r.isUnmappable()) {
        counted = countLines(cbuf, counted, out.position());
        malformedLines.add(line);
        bytes.position(bytes.position() + r.length());
        if (out.hasRemaining()) {
          out.put('\uFFFD');
        } else {
          pendingReplacement = true;
        }
      } else if (r.isOverflow()) {
        break;
      } else if (eof) {
        if (!flushed) {
          decoder.flush(out);
          flushed = true;
        }
        break;
      } else {
        fill();
      }
    }
    int end = out.position();
    countLines(cbuf, counted, end);
    if (end == off) {
      return -1;
    }
    if (first) {
      first = false;
      if (cbuf[off] == '\uFEFF') {
        System.arraycopy(cbuf, off + 1, cbuf, off, end - off - 1);
        return end - off - 1 == 0 ? read(cbuf, off, len) : end - off - 1;
      }
    }
    return end - off;
  }

  private int countLines(char[] cbuf, int from, int to) {
    for (int i = from; i < to; i++) {
      if (cbuf[i] == '\n') {
        line++;
      }
    }
    return to;
  }

  private void fill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
