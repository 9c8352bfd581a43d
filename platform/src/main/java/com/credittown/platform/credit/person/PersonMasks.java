package com.credittown.platform.credit.person;

/**
 * How a natural person's identifying fields are shown to everyone who is not an authorised reader. The only
 * place masks are made.
 */
public final class PersonMasks {

    private PersonMasks() {
    }

    /**
     * The first character of the name, then one {@code *} for each further character: 张三丰 → 张**. A one-character
     * name is shown as {@code *}. Characters are counted as code points (a rare character outside the BMP is one).
     */
    public static String name(String name) {
        String stripped = name == null ? "" : name.strip();
        int characters = stripped.codePointCount(0, stripped.length());
        if (characters <= 1) {
            return "*";
        }
        int firstEnd = stripped.offsetByCodePoints(0, 1);
        return stripped.substring(0, firstEnd) + "*".repeat(characters - 1);
    }

    /** The first 6 characters, eight {@code *} and the last 4: 441900********123X. */
    public static String idNumber(String number) {
        if (number == null || number.length() != ResidentIdNumber.LENGTH) {
            return "*".repeat(ResidentIdNumber.LENGTH);
        }
        return number.substring(0, 6) + "********" + number.substring(14);
    }
}
