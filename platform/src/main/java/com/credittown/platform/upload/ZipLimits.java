package com.credittown.platform.upload;

/**
 * How much reading a zip (an Office file) may cost before it is taken for a zip bomb: the guard of every upload that
 * is a zip, read by {@link ZipContents}. Each caller keeps its own figures (case attachments their constants, the
 * 双公示 import its typed setting for the unpacked size); the rule that applies them is one.
 *
 * @param maxParts         the most parts the zip may have
 * @param maxUnpackedBytes the most all parts together may unpack to
 * @param maxPartRatio     the most times its packed size one part may unpack to, beyond its first
 *                         {@link #RATIO_GRACE} bytes (small parts such as a sheet of empty rows compress well);
 *                         {@link #NO_PART_RATIO} for none. Checked where the zip's directory gives packed sizes
 *                         ({@link ZipContents#read(java.nio.file.Path, ZipLimits)})
 */
public record ZipLimits(int maxParts, long maxUnpackedBytes, long maxPartRatio) {

    /** No limit on a single part's ratio: the unpacked total alone bounds the work. */
    public static final long NO_PART_RATIO = 0;
    /** A part may unpack to this much whatever its ratio. */
    public static final long RATIO_GRACE = 1024 * 1024;

    public ZipLimits {
        if (maxParts < 1 || maxUnpackedBytes < 1 || maxPartRatio < 0) {
            throw new IllegalArgumentException("Zip limits must be positive: " + maxParts + " parts, "
                    + maxUnpackedBytes + " bytes unpacked, ratio " + maxPartRatio);
        }
    }

    /** Whether a part of {@code packed} bytes that unpacked to {@code unpacked} so far exceeds the ratio. */
    boolean partTooCompressed(long packed, long unpacked) {
        if (maxPartRatio == NO_PART_RATIO || packed < 0 || unpacked <= RATIO_GRACE) {
            return false;
        }
        long allowed = Math.max(packed, 1) > Long.MAX_VALUE / maxPartRatio
                ? Long.MAX_VALUE : Math.max(packed, 1) * maxPartRatio;
        return unpacked > allowed;
    }
}
