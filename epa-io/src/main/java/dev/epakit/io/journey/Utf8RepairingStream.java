package dev.epakit.io.journey;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A UTF-8 file read as text, repaired: each malformed sequence becomes one U+FFFD, exactly where
 * and as often as the JDK's UTF-8 decoder reports one (so that the text is the same as {@link
 * Utf8LineReader} gives), and the line it was on is remembered. A leading byte order mark is
 * skipped. The bytes are checked eight at a time where they are ASCII, and each buffer of repaired,
 * well-formed bytes is {@linkplain #reader() decoded} by the JDK's fast path. Not thread-safe.
 */
final class Utf8RepairingStream implements java.io.Closeable {

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  private static final int CHUNK = 1 << 16;

  private final InputStream in;
  private final byte[] raw = new byte[CHUNK];
  private int rawEnd;
  private boolean eof;
  private final byte[] out = new byte[CHUNK * 3]; // each bad byte may become three
  private int outPos;
  private int outEnd;
  private boolean first = true;
  private int newlines;
  private final List<Integer> malformedLines = new ArrayList<>();
  private CharsetDecoder decoder;

  Utf8RepairingStream(InputStream in) {
    this.in = in;
  }

  /** Lines (from 1) where malformed input was replaced, in order; cleared by the caller. */
  List<Integer> malformedLines() {
    return malformedLines;
  }

  /**
   * The repaired text as characters, decoded a buffer at a time (each buffer ends between two
   * characters). Reading it reads this stream.
   *
   * @return the reader; closing it closes the file
   */
  Reader reader() {
    return new Reader() {
      private char[] chars = new char[CHUNK];
      private int pos;
      private int end;

      @Override
      public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
          return 0;
        }
        while (pos == end) {
          while (outPos == outEnd) {
            if (eof && rawEnd == 0) {
              return -1;
            }
            refill();
          }
          // repaired bytes are well-formed UTF-8: the JDK's own decoding is the fastest there is
          String text = new String(out, outPos, outEnd - outPos, StandardCharsets.UTF_8);
          outPos = outEnd;
          if (chars.length < text.length()) {
            chars = new char[text.length()];
          }
          text.getChars(0, text.length(), chars, 0);
          pos = 0;
          end = text.length();
        }
        int n = Math.min(len, end - pos);
        System.arraycopy(chars, pos, cbuf, off, n);
        pos += n;
        return n;
      }

      @Override
      public void close() throws IOException {
        Utf8RepairingStream.this.close();
      }
    };
  }

  /** Closes the file. */
  @Override
  public void close() throws IOException {
    in.close();
  }

  private void fillRaw() throws IOException {
    if (eof || rawEnd == raw.length) {
      return;
    }
    int n = in.read(raw, rawEnd, raw.length - rawEnd);
    if (n < 0) {
      eof = true;
    } else {
      rawEnd += n;
    }
  }

  /** Repairs as much of the raw bytes as can be decided into the output buffer. */
  private void refill() throws IOException {
    outPos = 0;
    outEnd = 0;
    while (!eof && rawEnd < raw.length) {
      fillRaw(); // a full buffer, or the end of the file: what is at hand is repaired at once
    }
    int start = 0;
    if (first) {
      if (rawEnd < 3 && !eof) {
        return; // too little to know whether a byte order mark starts the file
      }
      first = false;
      if (rawEnd >= 3 && raw[0] == (byte) 0xEF && raw[1] == (byte) 0xBB && raw[2] == (byte) 0xBF) {
        start = 3;
      }
    }
    // a sequence is at most 4 bytes: keep the last 3 back until the end of the file is known
    int end = eof ? rawEnd : rawEnd - 3;
    int i = start;
    int run = start;
    while (i < end) {
      if (i + 8 <= end) {
        long w = (long) LONGS.get(raw, i);
        if ((w & HIGH_BITS) == 0) {
          long x = w ^ NEWLINES;
          long t = ~(((x & LOW_SEVEN) + LOW_SEVEN) | x | LOW_SEVEN);
          newlines += Long.bitCount(t);
          i += 8;
          continue;
        }
      }
      byte c = raw[i];
      if (c >= 0) {
        if (c == '\n') {
          newlines++;
        }
        i++;
        continue;
      }
      int n = wellFormed(i);
      if (n > 0) {
        i += n;
        continue;
      }
      int bad = malformedLength(i);
      if (bad < 0) {
        i += -bad; // the JDK decodes it after all
        continue;
      }
      System.arraycopy(raw, run, out, outEnd, i - run);
      outEnd += i - run;
      out[outEnd++] = (byte) 0xEF;
      out[outEnd++] = (byte) 0xBF;
      out[outEnd++] = (byte) 0xBD;
      malformedLines.add(newlines + 1);
      i += bad;
      run = i;
    }
    System.arraycopy(raw, run, out, outEnd, i - run);
    outEnd += i - run;
    int left = rawEnd - i;
    System.arraycopy(raw, i, raw, 0, left);
    rawEnd = left;
  }

  /** The length of the well-formed (Unicode table 3-7) sequence at {@code i}, or 0. */
  private int wellFormed(int i) {
    int b1 = raw[i] & 0xFF;
    int avail = rawEnd - i;
    if (b1 >= 0xC2 && b1 <= 0xDF) {
      return avail >= 2 && continuation(raw[i + 1]) ? 2 : 0;
    }
    if (b1 >= 0xE0 && b1 <= 0xEF) {
      if (avail < 3) {
        return 0;
      }
      int b2 = raw[i + 1] & 0xFF;
      boolean ok = b1 == 0xE0 ? b2 >= 0xA0 && b2 <= 0xBF : b1 == 0xED ? b2 >= 0x80 && b2 <= 0x9F : continuation(raw[i + 1]);
      return ok && continuation(raw[i + 2]) ? 3 : 0;
    }
    if (b1 >= 0xF0 && b1 <= 0xF4) {
      if (avail < 4) {
        return 0;
      }
      int b2 = raw[i + 1] & 0xFF;
      boolean ok = b1 == 0xF0 ? b2 >= 0x90 && b2 <= 0xBF : b1 == 0xF4 ? b2 >= 0x80 && b2 <= 0x8F : continuation(raw[i + 1]);
      return ok && continuation(raw[i + 2]) && continuation(raw[i + 3]) ? 4 : 0;
    }
    return 0;
  }

  private static boolean continuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  /**
   * How many bytes at {@code i} the JDK's decoder takes as one malformed sequence, or, negated, how
   * many it decodes.
   */
  private int malformedLength(int i) {
    if (decoder == null) {
      decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
    int avail = Math.min(4, rawEnd - i);
    boolean atEnd = eof && rawEnd - i <= 4;
    ByteBuffer slice = ByteBuffer.wrap(raw, i, avail);
    CharBuffer chars = CharBuffer.allocate(4);
    decoder.reset();
    CoderResult r = decoder.decode(slice, chars, false);
    if (r.isMalformed() || r.isUnmappable()) {
      return r.length();
    }
    if (slice.position() > i) {
      return -(slice.position() - i);
    }
    if (atEnd) {
      r = decoder.decode(slice, chars, true);
      if (r.isMalformed() || r.isUnmappable()) {
        return r.length();
      }
      if (slice.position() > i) {
        return -(slice.position() - i);
      }
    }
    return 1; // not reached: four bytes always decide
  }
}
