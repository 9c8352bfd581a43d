package com.credittown.platform.credit.person;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The commercial cryptography (商用密码) of natural persons' data, all of it here:
 * <ul>
 *   <li>{@link #encrypt}/{@link #decrypt}: SM4 in GCM mode (SM4/GCM/NoPadding) with a random 12-byte IV per value
 *       and a 128-bit tag, stored as base64 of IV followed by ciphertext and tag. An associated-data context
 *       (e.g. tenant, subject and field) binds a ciphertext to its place: copied to another row it no longer
 *       decrypts.</li>
 *   <li>{@link #lookupHash}: HMAC-SM3 under a second key, hex, for finding and de-duplicating ID numbers without
 *       decrypting.</li>
 * </ul>
 * Thread-safe: every call builds its own cipher or MAC (BouncyCastle's lightweight API, no JCE provider).
 */
public final class PersonDataCipher {

    static final int IV_BYTES = 12;
    static final int TAG_BITS = 128;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] sm4Key;
    private final byte[] lookupKey;

    public PersonDataCipher(byte[] sm4Key, byte[] lookupKey) {
        if (sm4Key == null || sm4Key.length != PersonDataSettings.SM4_KEY_BYTES) {
            throw new IllegalArgumentException("An SM4 key has exactly 16 bytes");
        }
        if (lookupKey == null || lookupKey.length < PersonDataSettings.MIN_LOOKUP_KEY_BYTES) {
            throw new IllegalArgumentException("The lookup key has at least 16 bytes");
        }
        this.sm4Key = sm4Key.clone();
        this.lookupKey = lookupKey.clone();
    }

    /** Base64 of IV + SM4-GCM ciphertext and tag of the UTF-8 text, bound to the context. */
    public String encrypt(String plain, String context) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        GCMModeCipher gcm = gcm(true, iv, context);
        byte[] input = plain.getBytes(StandardCharsets.UTF_8);
        byte[] output = new byte[gcm.getOutputSize(input.length)];
        int length = gcm.processBytes(input, 0, input.length, output, 0);
        try {
            length += gcm.doFinal(output, length);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("SM4-GCM encryption failed", e);
        }
        return Base64.getEncoder().encodeToString(
                ByteBuffer.allocate(IV_BYTES + length).put(iv).put(output, 0, length).array());
    }

    /**
     * The text {@link #encrypt} was given.
     *
     * @throws PersonDataException if the value is not base64 of IV + ciphertext, was altered, was encrypted under
     *                             another key or belongs to another context (the message never holds the value)
     */
    public String decrypt(String stored, String context) {
        byte[] all;
        try {
            all = Base64.getDecoder().decode(stored);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new PersonDataException("Stored person data is not base64");
        }
        if (all.length < IV_BYTES + TAG_BITS / 8) {
            throw new PersonDataException("Stored person data is too short to be SM4-GCM output");
        }
        GCMModeCipher gcm = gcm(false, Arrays.copyOf(all, IV_BYTES), context);
        byte[] output = new byte[gcm.getOutputSize(all.length - IV_BYTES)];
        int length = gcm.processBytes(all, IV_BYTES, all.length - IV_BYTES, output, 0);
        try {
            length += gcm.doFinal(output, length);
        } catch (InvalidCipherTextException e) {
            throw new PersonDataException("Stored person data fails SM4-GCM authentication: altered, another key"
                    + " or another record's value");
        }
        return new String(output, 0, length, StandardCharsets.UTF_8);
    }

    /** HMAC-SM3 of the (canonical) ID number under the lookup key, 64 hex digits. */
    public String lookupHash(ResidentIdNumber number) {
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(lookupKey));
        byte[] input = number.value().getBytes(StandardCharsets.US_ASCII);
        mac.update(input, 0, input.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    private GCMModeCipher gcm(boolean encrypt, byte[] iv, String context) {
        GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
        gcm.init(encrypt, new AEADParameters(new KeyParameter(sm4Key), TAG_BITS, iv,
                context == null ? null : context.getBytes(StandardCharsets.UTF_8)));
        return gcm;
    }

    /** Stored person data cannot be decrypted. Its message never contains personal data. */
    public static final class PersonDataException extends RuntimeException {
        PersonDataException(String message) {
            super(message);
        }
    }
}
