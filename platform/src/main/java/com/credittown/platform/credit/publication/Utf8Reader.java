package com.credittown.platform.credit.publication;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Decodes UTF-8 strictly ({@link StrictTextReader}); malformed input is a {@link MalformedUtf8Exception}. */
final class Utf8Reader extends StrictTextReader {

    Utf8Reader(InputStream in) {
        super(in, StandardCharsets.UTF_8);
    }

    @Override
    MalformedTextException malformed(long offset) {
        return new MalformedUtf8Exception(offset);
    }
}
