package com.credittown.platform.uscc;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Produces valid, random unified social credit codes for test data and benchmarks. The organisation code
 * (positions 9–17) is random but carries a correct GB 11714 check character, as real codes do. The same seed
 * gives the same codes.
 */
public final class UsccGenerator {

    /** The entity types registration authority 9 (market regulation) issues: enterprise, individual business, co-op. */
    private static final String MARKET_ENTITY_TYPES = "123";

    private final RandomGenerator random;

    public UsccGenerator(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * A code of a market entity (registration authority 9, entity type 1, 2 or 3) registered in the division.
     *
     * @param divisionCode six digits, e.g. "441900" for Dongguan
     */
    public Uscc next(String divisionCode) {
        return next(divisionCode, '9', MARKET_ENTITY_TYPES.charAt(random.nextInt(MARKET_ENTITY_TYPES.length())));
    }

    /**
     * A code with the given registration authority and entity type, registered in the division.
     *
     * @param divisionCode          six digits, e.g. "441900" for Dongguan
     * @param registrationAuthority an allowed code character, e.g. '1' for institutional staffing, '9' for market
     *                              regulation
     * @param entityType            an allowed code character, e.g. '1'
     * @throws InvalidUsccException if GB 32100 has no such authority or the authority issues no such type
     */
    public Uscc next(String divisionCode, char registrationAuthority, char entityType) {
        if (divisionCode == null || !divisionCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("A division code has six digits, e.g. 441900, but got " + divisionCode);
        }
        if (!UsccAlphabet.isAllowed(registrationAuthority) || !UsccAlphabet.isAllowed(entityType)) {
            throw new IllegalArgumentException("Registration authority '" + registrationAuthority
                    + "' and entity type '" + entityType + "' must be allowed code characters");
        }
        String first17 = "" + registrationAuthority + entityType + divisionCode + organisationCode();
        return new Uscc(first17 + UsccAlphabet.checkCharacter(first17));
    }

    /** Eight random characters and their GB 11714 check character: 11 - (weighted sum mod 11), 10 as X, 11 as 0. */
    private String organisationCode() {
        StringBuilder code = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            code.append(UsccAlphabet.characterOf(random.nextInt(UsccAlphabet.MODULUS)));
        }
        return code.append(OrganisationCodes.checkCharacter(code)).toString();
    }
}
