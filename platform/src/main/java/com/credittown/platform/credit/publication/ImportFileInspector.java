package com.credittown.platform.credit.publication;

import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole-file checks, run on the entire file before any row is written, each answered precisely: size, empty
 * file, encoding (strict UTF-8), CSV structure, header columns, number of rows. A failed check is an
 * {@link InvalidInputException} on the field {@code file} (400), or {@link ImportFileTooLargeException} (413).
 */
final class ImportFileInspector {

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
        try (InputStream in = source.open(); Utf8Reader reader = new Utf8Reader(in)) {
            CsvParser parser = new CsvParser(reader);
            CsvRecord first = parser.next();
            if (first == null) {
                throw problem("empty", "the file is empty");
            }
            List<FieldProblem> problems = new ArrayList<>();
            ImportHeader header = ImportHeader.read(first.fields(), problems);
            int rows = 0;
            while (parser.next() != null) {
                rows++;
                if (reader.bytesRead() > maxBytes) {
                    throw tooLarge("more than " + maxBytes + " bytes");
                }
            }
            if (reader.bytesRead() > maxBytes) {
                throw tooLarge(reader.bytesRead() + " bytes");
            }
            if (header == null) {
                throw new InvalidInputException(problems);
            }
            if (rows == 0) {
                throw problem("no-rows", "the file has a header but no rows");
            }
            if (rows > settings.maxRows()) {
                throw problem("too-many-rows", "the file has " + rows + " rows, but at most " + settings.maxRows()
                        + " are accepted (setting credittown.double-publicity.max-rows); split the file");
            }
            return new InspectedFile(header, rows);
        } catch (MalformedUtf8Exception e) {
            throw problem("not-utf8", e.getMessage() + "; save the file as UTF-8 (CSV UTF-8 in a spreadsheet)");
        } catch (CsvFormatException e) {
            throw problem("malformed-csv", "the file is not well-formed CSV: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("The file to import cannot be read", e);
        }
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
