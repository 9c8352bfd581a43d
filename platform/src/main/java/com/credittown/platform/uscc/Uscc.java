package com.credittown.platform.uscc;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015), the identifier of a market entity, government
 * body or other organisation: 18 characters from {@code 0-9A-HJ-NPQRTUWXY}.
 * <ul>
 *   <li>position 1: registration authority (登记管理部门), e.g. {@code 9} for market regulation</li>
 *   <li>position 2: entity type (机构类别), e.g. {@code 1} for an enterprise under authority 9</li>
 *   <li>positions 3–8: administrative division (登记管理机关行政区划码), e.g. {@code 441900} for Dongguan</li>
 *   <li>positions 9–17: organisation code (主体标识码 / 组织机构代码)</li>
 *   <li>position 18: check character, see {@link #checkCharacterFor(String)}</li>
 * </ul>
 * Every instance holds a valid code in canonical form (upper case, no surrounding white space): each part is checked
 * against its rule (the authority and type tables and the province codes are data, see {@code credit/uscc/}), so
 * {@code 000000000000000000}, whose check character is right, is refused at position 1.
 *
 * @param value the 18-character code
 */
public record Uscc(String value) {

    /**
     * Normalises the value (strips surrounding white space, upper-cases letters) and validates it.
     *
     * @throws InvalidUsccException if the value is not a valid code
     */
    public Uscc {
        String normalised = UsccAlphabet.normalise(value);
        UsccViolation violation = UsccAlphabet.findViolation(normalised);
        if (violation != null) {
            throw new InvalidUsccException(violation);
        }
        value = normalised;
    }

    /**
     * Parses user or partner input: strips surrounding white space, upper-cases letters, then validates.
     *
     * @throws InvalidUsccException naming the problem (see {@link InvalidUsccException.Problem}) and its position
     */
    public static Uscc parse(String raw) {
        return new Uscc(raw);
    }

    /** Checks input the way {@link #parse(String)} does, but reports a problem in the result instead of throwing. */
    public static UsccCheck check(String raw) {
        return UsccCheck.of(raw);
    }

    /**
     * The check character (position 18) for the first 17 characters: with each character's value being its index
     * in {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} and weights 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24,
     * 10, 30, 28, it is the character whose value is {@code 31 - (weighted sum mod 31)}, with 31 written as '0'.
     *
     * @param first17 exactly 17 allowed characters (upper case)
     * @throws IllegalArgumentException if the argument is not 17 allowed characters
     */
    public static char checkCharacterFor(String first17) {
        if (first17 == null || first17.length() != UsccAlphabet.LENGTH - 1) {
            throw new IllegalArgumentException("The check character is computed from 17 characters, but got "
                    + (first17 == null ? "null" : "'" + first17 + "' with " + first17.length()));
        }
        for (int i = 0; i < first17.length(); i++) {
            if (!UsccAlphabet.isAllowed(first17.charAt(i))) {
                throw new IllegalArgumentException("Character '" + first17.charAt(i) + "' at position " + (i + 1)
                        + " of '" + first17 + "' is not allowed in a unified social credit code");
            }
        }
        return UsccAlphabet.checkCharacter(first17);
    }

    /** Position 1: the registration authority (登记管理部门代码), e.g. '9' for market regulation. */
    public char registrationAuthority() {
        return value.charAt(0);
    }

    /** Position 2: the entity type within the registration authority (机构类别代码), e.g. '1' for an enterprise. */
    public char entityType() {
        return value.charAt(1);
    }

    /** Positions 3–8: the administrative division of the registering office, e.g. "441900" for Dongguan. */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    /** Positions 9–17: the organisation code (主体标识码). */
    public String organisationCode() {
        return value.substring(8, 17);
    }

    /** Position 18: the check character. */
    public char checkCharacter() {
        return value.charAt(17);
    }

    /** The code itself, so a {@code Uscc} prints the way people write it. */
    @Override
    public String toString() {
        return value;
    }
}
