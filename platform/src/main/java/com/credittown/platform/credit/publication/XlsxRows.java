package com.credittown.platform.credit.publication;

import com.credittown.platform.upload.ZipContents;
import com.credittown.platform.upload.ZipLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The rows of the first sheet of an .xlsx workbook, streamed (SAX over the sheet part: memory does not grow with the
 * rows). Cells are read as a spreadsheet shows them, except dates, written {@code yyyy-MM-dd}. Row numbers are the
 * sheet's; blank rows are skipped; a row is padded with empty cells to the header's width.
 *
 * <p>Bombs: POI's own guards apply (an entry inflating more than 100 times its compressed size is refused), and
 * before POI opens the file {@link #checkUnpacked} inflates every part counting the bytes (the platform's one zip guard,
 * {@link ZipContents}), refusing a workbook of too many parts, a part too compressed or too many bytes unpacked.
 */
final class XlsxRows implements ImportRows {

    private static final int MAX_PARTS = 1000;
    /**
     * A part may unpack to this many times its packed size beyond its first MB (POI's own limit is the same: a ratio
     * of 0.01).
     */
    private static final long MAX_RATIO = 100;

    private final Path file;
    private final Runnable whenClosed;

    XlsxRows(Path file, Runnable whenClosed) {
        this.file = file;
        this.whenClosed = whenClosed;
    }

    /** Whether the bytes start as a zip file does (an .xlsx workbook is one). */
    static boolean looksLikeZip(byte[] start, int length) {
        return length >= 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
    }

    /**
     * Inflates every part of the zip ({@link ZipContents}), refusing it if it has more than {@link #MAX_PARTS} parts,
     * a part unpacking to more than {@link #MAX_RATIO} times its packed size, or more than {@code maxUnpacked} bytes
     * unpacked in all.
     */
    void checkUnpacked(long maxUnpacked) throws SpreadsheetFormatException {
        ZipContents zip = ZipContents.read(file, new ZipLimits(MAX_PARTS, maxUnpacked, MAX_RATIO));
        switch (zip.outcome()) {
            case READ -> { }
            case TOO_MANY_PARTS -> throw new SpreadsheetFormatException("the workbook has more than " + MAX_PARTS
                    + " parts, and a workbook of more than " + MAX_PARTS + " is refused");
            case PART_TOO_COMPRESSED -> throw new SpreadsheetFormatException("the file is not a readable .xlsx"
                    + " workbook: its part " + printable(zip.detail()) + " unpacks to more than " + MAX_RATIO
                    + " times its packed size (a zip bomb)");
            case UNPACKS_TOO_LARGE -> throw new SpreadsheetFormatException("the workbook unpacks to more than "
                    + maxUnpacked + " bytes (setting credittown.double-publicity.max-unpacked-size); split it or"
                    + " save it as CSV");
            case BROKEN -> throw new SpreadsheetFormatException("the file is not a readable .xlsx workbook (a broken"
                    + " zip: " + zip.detail() + ")");
        }
    }

    @Override
    public void forEach(RowConsumer rows) throws IOException {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new SpreadsheetFormatException("the workbook has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(styles == null ? new StylesTable() : styles, strings,
                        new Rows(rows), new IsoDates(), false));
                xml.parse(new InputSource(sheet));
            }
        } catch (RowsRefused e) {
            throw e.unwrapped();
        } catch (SAXException e) {
            if (e.getException() instanceof RowsRefused refused) {
                throw refused.unwrapped();
            }
            throw unreadable(e);
        } catch (SpreadsheetFormatException e) {
            throw e;
        } catch (OpenXML4JException | ParserConfigurationException | IOException | RuntimeException e) {
            // POI's own refusals, also unchecked ones (a zip that is no OOXML package, a broken part)
            throw unreadable(e);
        }
    }

    /** What the row consumer threw, carried through the SAX parser and POI unchanged. */
    private static final class RowsRefused extends RuntimeException {

        RowsRefused(Exception cause) {
            super(cause);
        }

        IOException unwrapped() throws IOException {
            if (getCause() instanceof IOException io) {
                return io;
            }
            throw (RuntimeException) getCause();
        }
    }

    private static String printable(String name) {
        String shown = name.length() > 60 ? name.substring(0, 60) + "…" : name;
        return shown.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static SpreadsheetFormatException unreadable(Exception e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new SpreadsheetFormatException("the file is not a readable .xlsx workbook: "
                + (why.length() > 300 ? why.substring(0, 300) + "…" : why));
    }

    @Override
    public long bytesRead() {
        return 0;
    }

    @Override
    public void close() {
        whenClosed.run();
    }

    /** Collects the cells of each row and hands the non-blank rows on. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowConsumer consumer;
        private List<String> fields = new ArrayList<>();
        private int width = -1;

        Rows(RowConsumer consumer) {
            this.consumer = consumer;
        }

        @Override
        public void startRow(int rowNum) {
            fields = new ArrayList<>();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? fields.size() : new CellReference(reference).getCol();
            while (fields.size() < column) {
                fields.add("");
            }
            String text = value == null ? "" : value;
            if (column < fields.size()) {
                fields.set(column, text);
            } else {
                fields.add(text);
            }
        }

        @Override
        public void endRow(int rowNum) {
            int last = fields.size() - 1;
            while (last >= 0 && fields.get(last).isBlank()) {
                last--;
            }
            if (last < 0) {
                return; // a blank row
            }
            List<String> row = new ArrayList<>(fields.subList(0, last + 1));
            if (width < 0) {
                width = row.size();
            }
            while (row.size() < width) {
                row.add("");
            }
            try {
                consumer.accept(new CsvRecord(rowNum + 1L, rowNum + 1L, row));
            } catch (IOException | RuntimeException e) {
                throw new RowsRefused(e);
            }
        }
    }

    /** Formats cells as a spreadsheet shows them, but a date as {@code yyyy-MM-dd} whatever its display format. */
    private static final class IsoDates extends DataFormatter {

        IsoDates() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime time = DateUtil.getLocalDateTime(value);
                return time.toLocalTime().equals(LocalTime.MIDNIGHT) ? time.toLocalDate().toString()
                        : time.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    /** Deletes a temporary copy. */
    static Runnable deleting(Path copy) {
        return () -> {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException e) {
                // a leftover temporary file; the platform's temp directory is cleaned by the system
            }
        };
    }
}
