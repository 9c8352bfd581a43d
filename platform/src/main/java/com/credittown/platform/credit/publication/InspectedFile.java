package com.credittown.platform.credit.publication;

/** A file that passed the whole-file checks: its header and how many data rows it has. */
record InspectedFile(ImportHeader header, int rows) {
}
