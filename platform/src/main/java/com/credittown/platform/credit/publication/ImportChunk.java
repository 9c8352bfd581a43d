package com.credittown.platform.credit.publication;

import java.util.List;

/**
 * Rows of a file committed together.
 *
 * @param valid        the rows that passed validation
 * @param problems     the problems of the rows that did not
 * @param rejectedRows how many rows did not (a row may have several problems)
 */
record ImportChunk(List<PublicationRow> valid, List<RowProblem> problems, int rejectedRows) {

    int rows() {
        return valid.size() + rejectedRows;
    }

    static ImportChunk rejected(RowProblem problem) {
        return new ImportChunk(List.of(), List.of(problem), 1);
    }
}
