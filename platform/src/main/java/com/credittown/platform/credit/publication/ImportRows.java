package com.credittown.platform.credit.publication;

import java.io.Closeable;
import java.io.IOException;

/**
 * The rows of a file to import, in order and whatever its format ({@link ImportFormat}): CSV in its charset or the
 * first sheet of an .xlsx workbook. The whole-file checks and the import read every format through this, so the
 * rows are validated, committed and reported the same way.
 */
interface ImportRows extends Closeable {

    /** Hands each non-blank row to {@code rows}, the header first; stops when {@code rows} throws. */
    void forEach(RowConsumer rows) throws IOException;

    /** Bytes of the file read so far (a CSV file is checked against the size limit while it is read). */
    long bytesRead();

    /** Takes one row of a file. */
    @FunctionalInterface
    interface RowConsumer {
        void accept(CsvRecord row) throws IOException;
    }
}
