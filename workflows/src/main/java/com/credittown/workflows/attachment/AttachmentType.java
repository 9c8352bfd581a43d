package com.credittown.workflows.attachment;

import com.credittown.platform.upload.ZipContents;
import com.credittown.platform.upload.ZipLimits;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a case may hold. A file is of a kind when its first bytes say so (and, for the Office
 * formats, a zip with the part only that format has) and its name carries one of the kind's extensions: a renamed
 * executable is neither a PDF nor a PNG.
 */
public enum AttachmentType {
    PDF("application/pdf", List.of("pdf")),
    JPEG("image/jpeg", List.of("jpg", "jpeg")),
    PNG("image/png", List.of("png")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"));

    /**
     * The zip-bomb guard of Office attachments: a genuine document of 10 MB unpacks to a few times that at most, zeros
     * or repeated XML to 1,000 times; reading stops at 10,000 parts or 256 MB unpacked.
     */
    static final ZipLimits ZIP_LIMITS = new ZipLimits(10_000, 256L * 1024 * 1024, ZipLimits.NO_PART_RATIO);

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String mediaType;
    private final List<String> extensions;

    AttachmentType(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** The kind of a file by its content and name; empty when content and name do not agree on one. */
    public static Optional<AttachmentType> detect(String fileName, byte[] content) {
        String extension = extensionOf(fileName);
        Optional<AttachmentType> byContent = byContent(content);
        return byContent.filter(type -> type.extensions.contains(extension));
    }

    private static Optional<AttachmentType> byContent(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return officeKind(content);
        }
        return Optional.empty();
    }

    /**
     * A docx has a {@code word/} part, an xlsx an {@code xl/} part; any other zip is neither. The parts are read with
     * bounded work ({@link ZipContents}); whether the file unpacks within the limits is the caller's check.
     */
    private static Optional<AttachmentType> officeKind(byte[] content) {
        ZipContents zip = ZipContents.read(content, ZIP_LIMITS);
        for (String name : zip.names()) {
            if (name.startsWith("word/")) {
                return Optional.of(DOCX);
            }
            if (name.startsWith("xl/")) {
                return Optional.of(XLSX);
            }
        }
        return Optional.empty();
    }

    /** Whether files of this kind are zips (whose unpacked size must be checked). */
    boolean zipped() {
        return this == DOCX || this == XLSX;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content != null && content.length >= magic.length
                && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
    }

    static String extensionOf(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
