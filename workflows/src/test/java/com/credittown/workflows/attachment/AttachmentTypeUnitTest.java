package com.credittown.workflows.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A file's kind comes from its content, and its name must agree. */
class AttachmentTypeUnitTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};

    @Test
    void contentAndNameAgree() {
        assertThat(AttachmentType.detect("照片.PNG", PNG)).contains(AttachmentType.PNG);
        assertThat(AttachmentType.detect("照片.jpeg", JPEG)).contains(AttachmentType.JPEG);
        assertThat(AttachmentType.detect("a.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .contains(AttachmentType.PDF);
    }

    @Test
    void aPngNamedPdfOrAProgramNamedPngIsNothing() {
        assertThat(AttachmentType.detect("a.pdf", PNG)).isEmpty();
        assertThat(AttachmentType.detect("a.png", "MZ\u0090".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(AttachmentType.detect("noextension", PNG)).isEmpty();
        assertThat(AttachmentType.detect("a.pdf", new byte[0])).isEmpty();
    }
}
