package com.credittown.platform.credit.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credittown.platform.credit.person.PersonDataCipher.PersonDataException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

class PersonDataCipherUnitTest {

    private static final byte[] KEY = bytes("0123456789abcdeffedcba9876543210");
    private static final byte[] LOOKUP = "a lookup key of 32 bytes, test!!".getBytes(StandardCharsets.US_ASCII);
    private static final String CONTEXT = "credittown:person:humen:42:name";

    private final PersonDataCipher cipher = new PersonDataCipher(KEY, LOOKUP);

    @Test
    void theEngineIsSm4AsInTheStandardsExample() {
        // GB/T 32907-2016, example 1: key = plaintext = 0123456789abcdeffedcba9876543210.
        SM4Engine sm4 = new SM4Engine();
        sm4.init(true, new KeyParameter(KEY));
        byte[] out = new byte[16];
        sm4.processBlock(KEY, 0, out, 0);
        assertThat(HexFormat.of().formatHex(out)).isEqualTo("681edf34d206965e86b3e94f536e4246");
    }

    @Test
    void aValueRoundTripsAndIsStoredAsBase64OfIvCiphertextAndTag() {
        String name = "张三丰";
        String stored = cipher.encrypt(name, CONTEXT);
        byte[] raw = Base64.getDecoder().decode(stored);
        assertThat(raw).hasSize(12 + name.getBytes(StandardCharsets.UTF_8).length + 16);
        assertThat(stored).doesNotContain(name);
        assertThat(cipher.decrypt(stored, CONTEXT)).isEqualTo(name);
        assertThat(cipher.decrypt(cipher.encrypt("", CONTEXT), CONTEXT)).isEmpty();
    }

    @Test
    void theIvDiffersPerEncryption() {
        String first = cipher.encrypt("11010519491231002X", CONTEXT);
        String second = cipher.encrypt("11010519491231002X", CONTEXT);
        assertThat(first).isNotEqualTo(second);
        assertThat(List.of(first, second)).extracting(s -> HexFormat.of().formatHex(Base64.getDecoder().decode(s), 0, 12))
                .doesNotHaveDuplicates();
    }

    @Test
    void aTamperedCiphertextIsRefused() {
        byte[] raw = Base64.getDecoder().decode(cipher.encrypt("张三丰", CONTEXT));
        for (int i : new int[] {0, 12, raw.length - 1}) { // the IV, the ciphertext, the tag
            byte[] tampered = raw.clone();
            tampered[i] ^= 0x01;
            assertThatThrownBy(() -> cipher.decrypt(Base64.getEncoder().encodeToString(tampered), CONTEXT))
                    .isInstanceOf(PersonDataException.class).hasMessageContaining("fails SM4-GCM authentication");
        }
        assertThatThrownBy(() -> cipher.decrypt("not base64!", CONTEXT)).isInstanceOf(PersonDataException.class);
        assertThatThrownBy(() -> cipher.decrypt("AAAA", CONTEXT)).isInstanceOf(PersonDataException.class);
    }

    @Test
    void anotherKeyOrAnotherContextIsRefused() {
        String stored = cipher.encrypt("张三丰", CONTEXT);
        PersonDataCipher other = new PersonDataCipher(bytes("00112233445566778899aabbccddeeff"), LOOKUP);
        assertThatThrownBy(() -> other.decrypt(stored, CONTEXT)).isInstanceOf(PersonDataException.class)
                .hasMessageNotContaining("张");
        assertThatThrownBy(() -> cipher.decrypt(stored, "credittown:person:humen:43:name"))
                .isInstanceOf(PersonDataException.class);
    }

    @Test
    void theLookupHashIsKeyedHmacSm3AndStable() {
        ResidentIdNumber number = ResidentIdNumber.parse(new ResidentIdGenerator(new SplittableRandom(7)).next("441900"));
        String hash = cipher.lookupHash(number);
        assertThat(hash).hasSize(64).matches("[0-9a-f]{64}").isEqualTo(cipher.lookupHash(number));
        assertThat(new PersonDataCipher(KEY, "another lookup key of 32 bytes!!".getBytes(StandardCharsets.US_ASCII))
                .lookupHash(number)).isNotEqualTo(hash);
    }

    @Test
    void keysOfTheWrongLengthAreRefused() {
        String lookup = Base64.getEncoder().encodeToString(LOOKUP);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PersonDataSettings(Base64.getEncoder().encodeToString(new byte[15]), lookup, null))
                .withMessageContaining("exactly 16 bytes").withMessageContaining("15 bytes");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PersonDataSettings("not base64!", lookup, null))
                .withMessageContaining("not valid base64");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PersonDataSettings(null, lookup, null)).withMessageContaining("required");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PersonDataSettings(Base64.getEncoder().encodeToString(KEY),
                        Base64.getEncoder().encodeToString(new byte[8]), null))
                .withMessageContaining("16 to 64 bytes");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PersonDataSettings(Base64.getEncoder().encodeToString(KEY),
                        Base64.getEncoder().encodeToString(KEY), null))
                .withMessageContaining("must not be the same key");
        PersonDataSettings valid = new PersonDataSettings(Base64.getEncoder().encodeToString(KEY), lookup, null);
        assertThat(valid.toString()).doesNotContain(Base64.getEncoder().encodeToString(KEY));
    }

    private static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
