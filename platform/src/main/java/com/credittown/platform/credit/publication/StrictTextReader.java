package com.credittown.platform.credit.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.Charset;

/**
 * Decodes a charset strictly: malformed input is never replaced but reported with the offset of its first byte
 * ({@link MalformedTextException}). A leading byte order mark is skipped (spreadsheets write one). Counts the bytes
 * read so far, so a caller can stop at a size limit.
 */
class StrictTextReader extends Reader {

    private static final int BUFFER = 16 * 1024;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    /** The file offset of {@code bytes}' index 0. */
    private long base;
    private long bytesRead;
    private boolean endOfInput;
    private boolean flushed;
    private boolean bomChecked;
    /** Non-ASCII characters decoded so far (tells broken UTF-8 from another charset). */
    private long nonAscii;

    StrictTextReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
    }

    /** The exception for malformed input whose first byte is at the offset. */
    MalformedTextException malformed(long offset) {
        return new MalformedTextException(decoder.charset(), offset);
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
                produced(out, off);
                throw malformed(base + bytes.position()).afterNonAscii(nonAscii);
            }
            skipBom(out, off);
            if (result.isOverflow() && out.position() > off) {
                return produced(out, off);
            }
            if (out.position() > off && !endOfInput && !bytes.hasRemaining()) {
                return produced(out, off);
            }
            if (endOfInput) {
                CoderResult end = decoder.flush(out);
                if (end.isError()) {
                    produced(out, off);
                    throw malformed(base + bytes.position()).afterNonAscii(nonAscii);
                }
                if (end.isOverflow()) {
                    return produced(out, off);
                }
                flushed = true;
                return out.position() > off ? produced(out, off) : -1;
            }
            fill();
        }
    }

    /** Counts the non-ASCII characters just decoded into {@code out} from {@code off}; returns how many chars. */
    private int produced(CharBuffer out, int off) {
        char[] chars = out.array();
        int start = out.arrayOffset() + off;
        int end = out.arrayOffset() + out.position();
        for (int i = start; i < end; i++) {
            if (chars[i] > 0x7F) {
                nonAscii++;
            }
        }
        return out.position() - off;
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
