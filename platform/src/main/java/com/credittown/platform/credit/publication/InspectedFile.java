package com.credittown.platform.credit.publication;

/** A file that passed the whole-file checks: how it is read, its header and how many data rows it has. */
record InspectedFile(ImportFormat format, ImportHeader header, int rows) {
}
