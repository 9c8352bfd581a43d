package com.credittown.platform.credit.publication;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * How a file to import is read: an .xlsx workbook (recognised by its content, a zip, whatever its name), or CSV in a
 * charset. The charset of a CSV file is detected by {@link ImportFileInspector}: a byte order mark, else the whole
 * file decodes strictly as UTF-8, else as GB18030 (a superset of GBK and GB2312).
 *
 * @param charset the CSV file's charset; null for a workbook
 */
record ImportFormat(Charset charset) {

    static final Charset GB18030 = Charset.forName("GB18030");
    static final ImportFormat XLSX = new ImportFormat(null);

    static ImportFormat csv(Charset charset) {
        return new ImportFormat(charset);
    }

    boolean spreadsheet() {
        return charset == null;
    }

    /** As people name it: "xlsx", "CSV UTF-8", "CSV GB18030". */
    String label() {
        return spreadsheet() ? "xlsx" : "CSV " + charset.name();
    }

    /** Opens the file's rows; a workbook needs a file on disk, so a source without one is copied first. */
    ImportRows open(ImportSource source) throws IOException {
        if (!spreadsheet()) {
            return new CsvRows(source.open(), charset);
        }
        if (source.file().isPresent()) {
            return new XlsxRows(source.file().get(), () -> { });
        }
        Path copy = Files.createTempFile("double-publicity-", ".xlsx");
        try (InputStream in = source.open()) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            XlsxRows.deleting(copy).run();
            throw e;
        }
        return new XlsxRows(copy, XlsxRows.deleting(copy));
    }
}
