package com.credittown.platform.credit.publication;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming CSV parser after RFC 4180: fields separated by commas, records by CRLF, LF or CR; a field in double
 * quotes may hold commas, line breaks and quotes written twice ({@code ""}). Lenient where it is safe: a quote
 * inside an unquoted field is kept as text, and blank lines are skipped. Strict where guessing would shift data:
 * text after a closing quote, or a quote never closed, is a {@link CsvFormatException} naming the line.
 */
final class CsvParser {

    private static final int EOF = -1;

    private final Reader in;
    private final char[] buffer = new char[16 * 1024];
    private int length;
    private int position;
    private long line = 1;
    private long row;
    private int pushedBack = Integer.MIN_VALUE;

    CsvParser(Reader in) {
        this.in = in;
    }

    /** The next record, or {@code null} at the end of the text. */
    CsvRecord next() throws IOException {
        while (true) {
            int c = read();
            if (c == EOF) {
                return null;
            }
            if (c == '\r' || c == '\n') {
                endOfLine(c);
                continue; // a blank line
            }
            unread(c);
            long startLine = line;
            List<String> fields = readRecord();
            row++;
            return new CsvRecord(row, startLine, fields);
        }
    }

    private List<String> readRecord() throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            int c = read();
            if (c == '"' && field.isEmpty()) {
                readQuoted(field);
                c = read();
                if (c != ',' && c != '\r' && c != '\n' && c != EOF) {
                    throw new CsvFormatException("line " + line + ": unexpected character '" + (char) c
                            + "' after the closing quote of a field; a quote inside a quoted field is written twice"
                            + " (\"\")");
                }
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n' || c == EOF) {
                fields.add(field.toString());
                if (c != EOF) {
                    endOfLine(c);
                }
                return fields;
            } else {
                field.append((char) c);
            }
        }
    }

    private void readQuoted(StringBuilder field) throws IOException {
        long opened = line;
        while (true) {
            int c = read();
            if (c == EOF) {
                throw new CsvFormatException("line " + opened + ": a quoted field is never closed (missing \")");
            }
            if (c == '"') {
                int next = read();
                if (next == '"') {
                    field.append('"');
                    continue;
                }
                unread(next);
                return;
            }
            if (c == '\r') {
                int next = read();
                if (next != '\n') {
                    unread(next);
                }
                line++;
                field.append('\n');
                continue;
            }
            if (c == '\n') {
                line++;
            }
            field.append((char) c);
        }
    }

    private void endOfLine(int c) throws IOException {
        if (c == '\r') {
            int next = read();
            if (next != '\n') {
                unread(next);
            }
        }
        line++;
    }

    private int read() throws IOException {
        if (pushedBack != Integer.MIN_VALUE) {
            int c = pushedBack;
            pushedBack = Integer.MIN_VALUE;
            return c;
        }
        if (position == length) {
            length = in.read(buffer, 0, buffer.length);
            position = 0;
            if (length <= 0) {
                length = 0;
                return EOF;
            }
        }
        return buffer[position++];
    }

    private void unread(int c) {
        pushedBack = c;
    }
}
