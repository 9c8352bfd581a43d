package com.credittown.platform.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.upload.ZipContents.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one zip-bomb guard, read from memory (attachments) and from a file (the 双公示 import's workbooks). */
class ZipContentsUnitTest {

    private static final long MB = 1024 * 1024;
    /** The attachments' figures: no per-part ratio. */
    private static final ZipLimits ATTACHMENT = new ZipLimits(10_000, 256 * MB, ZipLimits.NO_PART_RATIO);
    /** The import's figures with a small total so the test stays fast. */
    private static final ZipLimits WORKBOOK = new ZipLimits(1000, 500 * MB, 100);

    @TempDir
    Path dir;

    @Test
    void aDocumentIsReadWhole() throws IOException {
        byte[] document = zip(new String[] {"[Content_Types].xml", "word/document.xml"}, 10_000);

        for (ZipContents zip : new ZipContents[] {ZipContents.read(document, ATTACHMENT),
                ZipContents.read(file(document), WORKBOOK)}) {
            assertThat(zip.names()).containsExactly("[Content_Types].xml", "word/document.xml");
            assertThat(zip.outcome()).isEqualTo(Outcome.READ);
            assertThat(zip.withinLimits()).isTrue();
        }
    }

    @Test
    void aZipBombStopsAtTheLimitAndIsNamed() throws IOException {
        byte[] bomb = zip(new String[] {"word/document.xml"}, ATTACHMENT.maxUnpackedBytes() + MB);
        long started = System.nanoTime();

        ZipContents zip = ZipContents.read(bomb, ATTACHMENT);

        assertThat(bomb.length).isLessThan((int) MB);
        assertThat(zip.outcome()).isEqualTo(Outcome.UNPACKS_TOO_LARGE);
        assertThat(zip.names()).containsExactly("word/document.xml");
        assertThat(System.nanoTime() - started).isLessThan(10_000_000_000L);
    }

    @Test
    void countlessPartsStopAtTheLimitWhateverTheReading() throws IOException {
        String[] names = new String[1001];
        for (int i = 0; i < names.length; i++) {
            names[i] = "word/p" + i + ".xml";
        }
        byte[] parts = zip(names, 1);
        ZipLimits thousand = new ZipLimits(1000, 500 * MB, 100);

        assertThat(ZipContents.read(parts, thousand).outcome()).isEqualTo(Outcome.TOO_MANY_PARTS);
        assertThat(ZipContents.read(file(parts), thousand).outcome()).isEqualTo(Outcome.TOO_MANY_PARTS);
    }

    @Test
    void aPartTooCompressedIsNamedWhereTheDirectoryGivesPackedSizes() throws IOException {
        byte[] bomb = zip(new String[] {"xl/styles.xml", "xl/worksheets/sheet1.xml"}, 20 * MB);

        ZipContents zip = ZipContents.read(file(bomb), WORKBOOK);

        assertThat(zip.outcome()).isEqualTo(Outcome.PART_TOO_COMPRESSED);
        assertThat(zip.detail()).isEqualTo("xl/styles.xml");
        // a small part may pass the ratio: a sheet of empty rows compresses well
        assertThat(ZipContents.read(file(zip(new String[] {"xl/styles.xml"}, MB / 2)), WORKBOOK).withinLimits())
                .isTrue();
    }

    @Test
    void bytesThatAreNoZipAreBroken() throws IOException {
        byte[] truncated = java.util.Arrays.copyOf(zip(new String[] {"word/document.xml"}, 100_000), 200);

        assertThat(ZipContents.read(file(truncated), WORKBOOK).outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(ZipContents.read(file(truncated), WORKBOOK).detail()).isNotBlank();
    }

    private Path file(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(dir, "zip", ".zip"), content);
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
