package com.credittown.platform.credit.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly: malformed input is never replaced but reported with the offset of its first byte
 * ({@link MalformedUtf8Exception}). A leading byte order mark is skipped (spreadsheets write one). Counts the bytes
 * read so far, so a caller can stop at a size limit.
 */
final class Utf8Reader extends Reader {

    private static final int BUFFER = 16 * 1024;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    /** The file offset of {@code bytes}' index 0. */
    private long base;
    private long bytesRead;
    private boolean endOfInput;
    private boolean flushed;
    private boolean bomChecked;

    Utf8Reader(InputStream in) {
        this.in = in;
        bytes.flip();
    }

    /** Bytes read from the stream so far. */
    long bytesRead() {
        return bytesRead;
    }

    @Override
    public int read(char[] target, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (flushed) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(target, off, len);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                throw new MalformedUtf8Exception(base + bytes.position());
            }
            skipBom(out, off);
            if (result.isOverflow() && out.position() > off) {
                return out.position() - off;
            }
            if (out.position() > off && !endOfInput && !bytes.hasRemaining()) {
                return out.position() - off;
            }
            if (endOfInput) {
                CoderResult end = decoder.flush(out);
                if (end.isError()) {
                    throw new MalformedUtf8Exception(base + bytes.position());
                }
                if (end.isOverflow()) {
                    return out.position() - off;
                }
                flushed = true;
                return out.position() > off ? out.position() - off : -1;
            }
            fill();
        }
    }

    private void fill() throws IOException {
        base += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytesRead += n;
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private void skipBom(CharBuffer out, int off) {
        if (bomChecked || out.position() == off) {
            return;
        }
        bomChecked = true;
        char[] chars = out.array();
        int start = out.arrayOffset() + off;
        if (chars[start] == '\uFEFF') {
            System.arraycopy(chars, start + 1, chars, start, out.position() - off - 1);
            out.position(out.position() - 1);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
