package com.credittown.platform.credit.publication;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The rows of a CSV file decoded strictly in its charset. */
final class CsvRows implements ImportRows {

    private final StrictTextReader reader;
    private final CsvParser parser;

    CsvRows(InputStream in, Charset charset) {
        this.reader = StandardCharsets.UTF_8.equals(charset) ? new Utf8Reader(in) : new StrictTextReader(in, charset);
        this.parser = new CsvParser(reader);
    }

    @Override
    public void forEach(RowConsumer rows) throws IOException {
        CsvRecord record;
        while ((record = parser.next()) != null) {
            rows.accept(record);
        }
    }

    @Override
    public long bytesRead() {
        return reader.bytesRead();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
