package com.credittown.platform.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * What a zip (an Office file) holds, read with bounded work: every part is inflated once, counting the bytes, and
 * reading stops as soon as a {@link ZipLimits limit} is passed, so a zip bomb (a few hundred KB that unpack to
 * gigabytes) costs a fraction of a second and is recognised as one, instead of being unpacked, parsed or stored.
 *
 * @param names   the parts' names, in the order of the file (as far as read)
 * @param outcome whether the zip was read whole, or which limit stopped the reading
 * @param detail  the part that passed the ratio ({@link Outcome#PART_TOO_COMPRESSED}), or why the zip could not be
 *                read ({@link Outcome#BROKEN}); otherwise {@code null}
 */
public record ZipContents(List<String> names, Outcome outcome, String detail) {

    /** How reading ended. */
    public enum Outcome {
        /** Every part read within the limits. */
        READ,
        /** The zip has more than {@link ZipLimits#maxParts()} parts. */
        TOO_MANY_PARTS,
        /** The parts together unpack to more than {@link ZipLimits#maxUnpackedBytes()}. */
        UNPACKS_TOO_LARGE,
        /** One part unpacks to more than {@link ZipLimits#maxPartRatio()} times its packed size. */
        PART_TOO_COMPRESSED,
        /** The bytes are not a readable zip. */
        BROKEN
    }

    /** Reads a zip held in memory (an uploaded attachment). Packed sizes are rarely known here: see {@link ZipLimits}. */
    public static ZipContents read(byte[] content, ZipLimits limits) {
        Reading reading = new Reading(limits);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                ZipContents stopped = reading.part(entry.getName(), entry.getCompressedSize(), zip);
                if (stopped != null) {
                    return stopped;
                }
            }
        } catch (IOException | IllegalArgumentException unreadable) {
            return reading.end(Outcome.BROKEN, String.valueOf(unreadable.getMessage()));
        }
        return reading.end(Outcome.READ, null);
    }

    /** Reads a zip file through its central directory, as POI will (an uploaded workbook). */
    public static ZipContents read(Path file, ZipLimits limits) {
        Reading reading = new Reading(limits);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxParts()) {
                return reading.end(Outcome.TOO_MANY_PARTS, null);
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    ZipContents stopped = reading.part(entry.getName(), entry.getCompressedSize(), in);
                    if (stopped != null) {
                        return stopped;
                    }
                }
            }
        } catch (IOException | IllegalArgumentException unreadable) {
            return reading.end(Outcome.BROKEN, String.valueOf(unreadable.getMessage()));
        }
        return reading.end(Outcome.READ, null);
    }

    /** Whether the zip was read whole within the limits. */
    public boolean withinLimits() {
        return outcome == Outcome.READ;
    }

    /** The counting, the same for every way of reading. */
    private static final class Reading {

        private final ZipLimits limits;
        private final List<String> names = new ArrayList<>();
        private final byte[] buffer = new byte[64 * 1024];
        private long total;

        Reading(ZipLimits limits) {
            this.limits = limits;
        }

        /** Inflates one part; answers the contents if a limit stopped the reading, {@code null} to go on. */
        ZipContents part(String name, long packed, InputStream in) throws IOException {
            if (names.size() >= limits.maxParts()) {
                return end(Outcome.TOO_MANY_PARTS, null);
            }
            names.add(name);
            long unpacked = 0;
            int read;
            while ((read = in.read(buffer)) > 0) {
                total += read;
                unpacked += read;
                if (limits.partTooCompressed(packed, unpacked)) {
                    return end(Outcome.PART_TOO_COMPRESSED, name);
                }
                if (total > limits.maxUnpackedBytes()) {
                    return end(Outcome.UNPACKS_TOO_LARGE, null);
                }
            }
            return null;
        }

        ZipContents end(Outcome outcome, String detail) {
            return new ZipContents(List.copyOf(names), outcome, detail);
        }
    }
}
