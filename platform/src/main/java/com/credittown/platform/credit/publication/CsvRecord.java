package com.credittown.platform.credit.publication;

import java.util.List;

/**
 * One record of a CSV file.
 *
 * @param row    its row number as a spreadsheet shows it: the header is row 1, the first data row is row 2
 * @param line   the line of the file it starts on (differs from {@code row} after a field with a line break)
 * @param fields its fields, unquoted
 */
record CsvRecord(long row, long line, List<String> fields) {
}
