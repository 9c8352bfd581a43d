package com.credittown.workflows.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ZipContentsUnitTest {

    @Test
    void aDocumentIsReadWhole() throws IOException {
        ZipContents zip = ZipContents.read(zip(new String[] {"[Content_Types].xml", "word/document.xml"}, 10_000));

        assertThat(zip.names()).containsExactly("[Content_Types].xml", "word/document.xml");
        assertThat(zip.overLimit()).isFalse();
        assertThat(zip.tooManyParts()).isFalse();
        assertThat(zip.broken()).isFalse();
    }

    @Test
    void aZipBombStopsAtTheLimitAndIsNamed() throws IOException {
        byte[] bomb = zip(new String[] {"word/document.xml"}, ZipContents.MAX_UNPACKED_BYTES + 1024 * 1024);
        long started = System.nanoTime();

        ZipContents zip = ZipContents.read(bomb);

        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(zip.overLimit()).isTrue();
        assertThat(zip.names()).containsExactly("word/document.xml");
        assertThat(System.nanoTime() - started).isLessThan(10_000_000_000L);
    }

    @Test
    void countlessPartsStopAtTheLimit() throws IOException {
        String[] names = new String[ZipContents.MAX_PARTS + 1];
        for (int i = 0; i < names.length; i++) {
            names[i] = "word/p" + i + ".xml";
        }
        assertThat(ZipContents.read(zip(names, 1)).tooManyParts()).isTrue();
    }

    private static byte[] zip(String[] names, long zeros) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            byte[] buffer = new byte[1 << 20];
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                for (long left = zeros; left > 0; left -= buffer.length) {
                    zip.write(buffer, 0, (int) Math.min(buffer.length, left));
                }
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
