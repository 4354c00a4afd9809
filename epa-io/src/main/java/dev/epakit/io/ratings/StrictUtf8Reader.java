package dev.epakit.io.ratings;

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
 * Decodes UTF-8 and refuses anything else, knowing the line of the first bad byte. The JDK's
 * {@code InputStreamReader} either replaces bad bytes silently or throws without saying where; we
 * hand out every character decoded before the bad byte first, so that the line count is exact. A
 * leading byte-order mark is dropped.
 */
final class StrictUtf8Reader extends Reader {

  /** Thrown on the first byte sequence that is not UTF-8. */
  static final class NotUtf8 extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    final long line;

    NotUtf8(long line) {
      this.line = line;
    }

    @Override
    public String getMessage() {
      return "line " + line + ": the file is not valid UTF-8";
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
  private final CharBuffer chars = CharBuffer.allocate(64 * 1024);
  private boolean eof;
  private boolean bad;
  private boolean started;
  private long newlines;
  private long bytesRead;

  StrictUtf8Reader(InputStream in) {
    this.in = in;
    bytes.flip();
    chars.flip();
  }

  /** Bytes read from the underlying stream so far. */
  long bytesRead() {
    return bytesRead;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (bad) {
        throw new NotUtf8(newlines + 1);
      }
      if (eof && !bytes.hasRemaining()) {
        return -1;
      }
      fill();
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    for (int i = offset; i < offset + n; i++) {
      if (buffer[i] == '\n') {
        newlines++;
      }
    }
    return n;
  }

  private void fill() throws IOException {
    if (!eof) {
      bytes.compact();
      int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (r < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + r);
        bytesRead += r;
      }
      bytes.flip();
    }
    chars.clear();
    CoderResult result = decoder.decode(bytes, chars, eof);
    if (eof && result.isUnderflow()) {
      result = decoder.flush(chars);
    }
    chars.flip();
    if (!started && chars.hasRemaining()) {
      started = true;
      if (chars.get(chars.position()) == '\uFEFF') {
        chars.get();
      }
    }
    if (result.isError()) {
      bad = true;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
