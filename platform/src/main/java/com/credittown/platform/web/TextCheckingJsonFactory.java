package com.credittown.platform.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.DataInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * The JSON reader of request bodies: Jackson's, with every field name and text value checked by
 * {@link UnacceptableText} as it is read, so a NUL, half a surrogate pair or a bidirectional override is refused with
 * the field and the position before any controller or service sees it (a NUL would otherwise reach PostgreSQL, which
 * refuses it with an error, and a lone surrogate would be stored as '?').
 */
final class TextCheckingJsonFactory extends JsonFactory {

    TextCheckingJsonFactory() {
    }

    private TextCheckingJsonFactory(TextCheckingJsonFactory source) {
        super(source, null);
    }

    @Override
    public JsonFactory copy() {
        return new TextCheckingJsonFactory(this);
    }

    @Override
    protected JsonParser _createParser(InputStream in, IOContext context) throws IOException {
        return new Checking(super._createParser(in, context));
    }

    @Override
    protected JsonParser _createParser(Reader reader, IOContext context) throws IOException {
        return new Checking(super._createParser(reader, context));
    }

    @Override
    protected JsonParser _createParser(char[] data, int offset, int length, IOContext context, boolean recyclable)
            throws IOException {
        return new Checking(super._createParser(data, offset, length, context, recyclable));
    }

    @Override
    protected JsonParser _createParser(byte[] data, int offset, int length, IOContext context) throws IOException {
        return new Checking(super._createParser(data, offset, length, context));
    }

    @Override
    protected JsonParser _createParser(DataInput input, IOContext context) throws IOException {
        return new Checking(super._createParser(input, context));
    }

    /** A text a request may not carry; {@link #field()} is the field's path ({@code data.subjectName}, {@code tags[0]}). */
    static final class UnacceptableTextException extends JsonParseException {

        private final String field;

        UnacceptableTextException(JsonParser parser, String field, String message) {
            super(parser, message, parser.currentTokenLocation());
            this.field = field;
        }

        String field() {
            return field;
        }
    }

    /** One of the JSON reader's limits was exceeded, at the parser's current location. */
    static final class ReaderLimitException extends JsonParseException {

        ReaderLimitException(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    private static final class Checking extends JsonParserDelegate {

        Checking(JsonParser parser) {
            super(parser);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            try {
                return checked(delegate.nextToken());
            } catch (StreamConstraintsException limit) {
                // Jackson's limits (nesting depth, lengths of numbers, names and texts) say where they were hit
                throw new ReaderLimitException(this, limit.getOriginalMessage());
            }
        }

        private JsonToken checked(JsonToken token) throws IOException {
            if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                String text = delegate.getText();
                var problem = UnacceptableText.problem(text);
                if (problem.isPresent()) {
                    String field = path(delegate.getParsingContext().pathAsPointer());
                    String what = token == JsonToken.FIELD_NAME ? "the field name " : "the text ";
                    throw new UnacceptableTextException(this, field,
                            (field.isEmpty() ? "" : field + ": ") + what + problem.get());
                }
            }
            return token;
        }

        @Override
        public JsonToken nextValue() throws IOException {
            JsonToken token = nextToken();
            return token == JsonToken.FIELD_NAME ? nextToken() : token;
        }

        private static String path(JsonPointer pointer) {
            StringBuilder path = new StringBuilder();
            for (JsonPointer at = pointer; at != null && !at.matches(); at = at.tail()) {
                if (at.mayMatchElement()) {
                    path.append('[').append(at.getMatchingIndex()).append(']');
                } else {
                    path.append(path.isEmpty() ? "" : ".").append(at.getMatchingProperty());
                }
            }
            return path.toString();
        }
    }
}
