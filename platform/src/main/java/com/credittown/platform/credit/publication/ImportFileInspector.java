package com.credittown.platform.credit.publication;

import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole-file checks, run on the entire file before any row is written, each answered precisely: size, empty
 * file, format and encoding (an .xlsx workbook, or CSV in UTF-8, GB18030 or GBK, detected), CSV structure, header
 * columns, number of rows. A failed check is an {@link InvalidInputException} on the field {@code file} (400), or
 * {@link ImportFileTooLargeException} (413).
 */
final class ImportFileInspector {

    /**
     * Non-ASCII characters that decoded as UTF-8 before a bad byte which make the file broken UTF-8 rather than
     * GB18030: a GBK/GB18030 text rarely holds even one valid UTF-8 multi-byte sequence, three in a row practically
     * never, while a UTF-8 file broken in one place would otherwise be read as GB18030 and imported garbled.
     */
    static final int UTF8_EVIDENCE = 3;

    private final DoublePublicitySettings settings;

    ImportFileInspector(DoublePublicitySettings settings) {
        this.settings = settings;
    }

    InspectedFile inspect(ImportSource source) {
        long maxBytes = settings.maxFileSize().toBytes();
        source.size().ifPresent(size -> {
            if (size > maxBytes) {
                throw tooLarge(size + " bytes");
            }
            if (size == 0) {
                throw problem("empty", "the file is empty");
            }
        });
        try {
            byte[] start = new byte[4];
            int length;
            try (InputStream in = source.open()) {
                length = in.readNBytes(start, 0, start.length);
            }
            if (XlsxRows.looksLikeZip(start, length)) {
                return scan(source, ImportFormat.XLSX);
            }
            if (length >= 2 && ((start[0] == (byte) 0xFE && start[1] == (byte) 0xFF)
                    || (start[0] == (byte) 0xFF && start[1] == (byte) 0xFE))) {
                throw problem("unsupported-encoding", "the file is UTF-16 (byte order mark at offset 0); save it as"
                        + " UTF-8 (CSV UTF-8 in a spreadsheet), GB18030 or GBK");
            }
            boolean utf8Bom = length >= 3 && start[0] == (byte) 0xEF && start[1] == (byte) 0xBB
                    && start[2] == (byte) 0xBF;
            try {
                return scan(source, ImportFormat.csv(StandardCharsets.UTF_8));
            } catch (MalformedTextException notUtf8) {
                if (utf8Bom) {
                    throw problem("not-utf8", notUtf8.getMessage() + ", though it starts with UTF-8's byte order"
                            + " mark; save the file as UTF-8 again");
                }
                if (notUtf8.nonAsciiBefore() >= UTF8_EVIDENCE) {
                    // UTF-8 with a broken byte: GB18030 would read it as garbled text rather than refuse it
                    throw problem("not-utf8", notUtf8.getMessage() + ", after " + notUtf8.nonAsciiBefore()
                            + " characters that are; save the file as UTF-8 again");
                }
                try {
                    return scan(source, ImportFormat.csv(ImportFormat.GB18030));
                } catch (MalformedTextException notGb) {
                    throw problem("unknown-encoding", "the file is neither UTF-8 nor GB18030/GBK: "
                            + notUtf8.getMessage().replaceFirst("^the file is ", "") + "; "
                            + notGb.getMessage().replaceFirst("^the file is ", "") + ". Save it as UTF-8 (CSV UTF-8"
                            + " in a spreadsheet), GB18030 or GBK, or as an .xlsx workbook");
                }
            }
        } catch (CsvFormatException e) {
            throw problem("malformed-csv", "the file is not well-formed CSV: " + e.getMessage());
        } catch (SpreadsheetFormatException e) {
            throw problem("malformed-xlsx", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("The file to import cannot be read", e);
        }
    }

    /** Reads the whole file in the format: the header, then counts the rows, within the limits. */
    private InspectedFile scan(ImportSource source, ImportFormat format) throws IOException {
        long maxBytes = settings.maxFileSize().toBytes();
        List<FieldProblem> problems = new ArrayList<>();
        ImportHeader[] header = new ImportHeader[1];
        int[] rows = {-1};
        try (ImportRows file = format.open(source)) {
            if (file instanceof XlsxRows workbook) {
                workbook.checkUnpacked(settings.maxUnpackedSize().toBytes());
            }
            file.forEach(row -> {
                if (rows[0] < 0) {
                    header[0] = ImportHeader.read(row.fields(), problems);
                } else if (file.bytesRead() > maxBytes) {
                    throw tooLarge("more than " + maxBytes + " bytes");
                }
                rows[0]++;
            });
            if (file.bytesRead() > maxBytes) {
                throw tooLarge(file.bytesRead() + " bytes");
            }
        }
        if (rows[0] < 0) {
            throw problem("empty", format.spreadsheet() ? "the workbook's first sheet is empty" : "the file is empty");
        }
        if (header[0] == null) {
            throw new InvalidInputException(problems);
        }
        if (rows[0] == 0) {
            throw problem("no-rows", "the file has a header but no rows");
        }
        if (rows[0] > settings.maxRows()) {
            throw problem("too-many-rows", "the file has " + rows[0] + " rows, but at most " + settings.maxRows()
                    + " are accepted (setting credittown.double-publicity.max-rows); split the file");
        }
        return new InspectedFile(format, header[0], rows[0]);
    }

    private ImportFileTooLargeException tooLarge(String size) {
        return new ImportFileTooLargeException("The file has " + size + ", but at most "
                + settings.maxFileSizeText() + " are accepted (setting credittown.double-publicity.max-file-size);"
                + " split the file");
    }

    private static InvalidInputException problem(String code, String message) {
        return new InvalidInputException(List.of(new FieldProblem("file", code, message)));
    }
}
