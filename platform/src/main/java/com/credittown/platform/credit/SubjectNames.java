package com.credittown.platform.credit;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Subject names compared as the code clean-up (重错码清理, plan (二)) compares them: Unicode NFKC (full-width letters,
 * digits and brackets as their half-width forms: （） and () are one), without white space, case folded. Two names that
 * differ only in these are one name; anything else is a different name.
 */
public final class SubjectNames {

    private SubjectNames() {
    }

    /** The normalised name; "" for {@code null}. */
    public static String normalised(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** Whether the two names are one name once normalised. */
    public static boolean same(String a, String b) {
        return normalised(a).equals(normalised(b));
    }
}
