package com.credittown.platform.credit.person;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of natural persons' data ({@code credittown.credit.person.*}). Invalid keys stop the start-up.
 *
 * @param sm4Key    the SM4 data key that encrypts ID numbers and names: base64 of exactly 16 bytes
 * @param lookupKey the HMAC-SM3 key of the ID-number lookup hash: base64 of 16 to 64 bytes, not the SM4 key
 * @param readers   the realm roles that see persons' data in clear (every such read is audited); default
 *                  officer and department-reviewer
 */
@ConfigurationProperties("credittown.credit.person")
public record PersonDataSettings(String sm4Key, String lookupKey,
                                 @DefaultValue({"officer", "department-reviewer"}) List<String> readers) {

    static final int SM4_KEY_BYTES = 16;
    static final int MIN_LOOKUP_KEY_BYTES = 16;
    static final int MAX_LOOKUP_KEY_BYTES = 64;
    private static final byte[] DEV_KEY_PREFIX = "dev-only-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    public PersonDataSettings {
        byte[] sm4 = decode("sm4-key", sm4Key);
        if (sm4.length != SM4_KEY_BYTES) {
            throw new IllegalArgumentException("credittown.credit.person.sm4-key must be the base64 of exactly "
                    + SM4_KEY_BYTES + " bytes (an SM4 key), but it has " + sm4.length + " bytes");
        }
        byte[] lookup = decode("lookup-key", lookupKey);
        if (lookup.length < MIN_LOOKUP_KEY_BYTES || lookup.length > MAX_LOOKUP_KEY_BYTES) {
            throw new IllegalArgumentException("credittown.credit.person.lookup-key must be the base64 of "
                    + MIN_LOOKUP_KEY_BYTES + " to " + MAX_LOOKUP_KEY_BYTES + " bytes, but it has " + lookup.length
                    + " bytes");
        }
        if (Arrays.equals(sm4, lookup)) {
            throw new IllegalArgumentException(
                    "credittown.credit.person.lookup-key must not be the same key as credittown.credit.person.sm4-key");
        }
        readers = readers == null ? List.of() : List.copyOf(readers);
    }

    byte[] sm4KeyBytes() {
        return Base64.getDecoder().decode(sm4Key.strip());
    }

    byte[] lookupKeyBytes() {
        return Base64.getDecoder().decode(lookupKey.strip());
    }

    /**
     * Whether a configured key (base64) is one of the development keys of credittown-defaults.yml: those decode to
     * text starting with {@code dev-only-}. Undecodable input is not a development key (the settings refuse it).
     */
    public static boolean isDevelopmentKey(String base64) {
        try {
            byte[] key = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
            return isDevelopmentKey(key);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean isDevelopmentKey(byte[] key) {
        return key.length >= DEV_KEY_PREFIX.length
                && Arrays.equals(Arrays.copyOf(key, DEV_KEY_PREFIX.length), DEV_KEY_PREFIX);
    }

    /** Keeps the keys out of logs and error messages. */
    @Override
    public String toString() {
        return "PersonDataSettings[sm4Key=***, lookupKey=***, readers=" + readers + "]";
    }

    private static byte[] decode(String name, String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalArgumentException("credittown.credit.person." + name + " is required (base64)");
        }
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("credittown.credit.person." + name + " is not valid base64");
        }
    }
}
