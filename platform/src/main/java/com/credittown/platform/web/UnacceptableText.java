package com.credittown.platform.web;

import java.util.Optional;

/**
 * Characters no field of a request may hold, because they are never text a person meant to write and each has been
 * used to hide or falsify what a reader sees, or breaks storage: C0 and C1 control characters (NUL, escape,
 * backspace, ...; tab, line feed and carriage return are text), unpaired UTF-16 surrogates (half an emoji: nothing a
 * database can store), bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069: "Trojan source",
 * {@code invoice‮fdp.exe}), invisible zero-width characters (U+200B, U+2060, U+FEFF inside text) and Unicode
 * noncharacters. Zero-width joiners (U+200C, U+200D) are allowed: emoji sequences need them.
 */
public final class UnacceptableText {

    private UnacceptableText() {
    }

    /** What is wrong with the first unacceptable character, with its 1-based position in code points; empty if none. */
    public static Optional<String> problem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            position++;
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = text.codePointAt(i);
                if ((codePoint & 0xFFFE) == 0xFFFE) {
                    return Optional.of(describe(codePoint, "a Unicode noncharacter", position));
                }
                i += 2;
                continue;
            }
            String kind = kindOf(c);
            if (kind != null) {
                return Optional.of(describe(c, kind, position));
            }
            i++;
        }
        return Optional.empty();
    }

    private static String kindOf(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return null;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return "a control character";
        }
        if (Character.isSurrogate(c)) {
            return "half of a UTF-16 surrogate pair without its other half";
        }
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
            return "a bidirectional override, which can make text read differently from what it is";
        }
        if (c == 0x200B || c == 0x2060 || c == 0xFEFF) {
            return "an invisible zero-width character";
        }
        if ((c >= 0xFDD0 && c <= 0xFDEF) || c == 0xFFFE || c == 0xFFFF) {
            return "a Unicode noncharacter";
        }
        return null;
    }

    private static String describe(int codePoint, String kind, int position) {
        return String.format("contains U+%04X (%s) at position %d, which is not accepted", codePoint, kind,
                position);
    }
}
