package com.credittown.platform.credit.cleanup;

/**
 * One thing an item found: a wrong code with why it is wrong, a name reported for a code, or a code registered under a
 * name; how often, and where it was last seen.
 *
 * @param value   the offending code, the reported name, or the code (likely duplicates)
 * @param detail  why the code is wrong; the archive's name; the subject's name and who registered it
 * @param count   how often it was reported (1 for a subject of a likely duplicate)
 * @param seenIn  where it was reported last: "import 12 row 5", "registration", "subject 42"
 */
public record Finding(String value, String detail, int count, String seenIn) {
}
