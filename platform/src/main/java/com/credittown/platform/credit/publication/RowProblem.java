package com.credittown.platform.credit.publication;

/**
 * What is wrong with one row of an imported file.
 *
 * @param row     the row number as a spreadsheet shows it (the header is row 1)
 * @param line    the line of the file the row starts on
 * @param column  the column's header name, or "" when the problem is the row as a whole
 * @param message what is wrong, in English
 */
public record RowProblem(long row, long line, String column, String message) {
}
