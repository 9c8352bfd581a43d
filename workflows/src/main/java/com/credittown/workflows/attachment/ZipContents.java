package com.credittown.workflows.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a zip (an Office file) holds, read with bounded work: reading stops at {@link #MAX_PARTS} parts or
 * {@link #MAX_UNPACKED_BYTES} unpacked, so a zip bomb (a few hundred KB that unpack to gigabytes) costs a fraction
 * of a second and is recognised as one, instead of being unpacked or stored.
 *
 * @param names       the parts' names, in the order of the file (as far as read)
 * @param overLimit   reading stopped because the parts unpack to more than {@link #MAX_UNPACKED_BYTES}
 * @param tooManyParts reading stopped because the file has more than {@link #MAX_PARTS} parts
 * @param broken      the zip could not be read
 */
record ZipContents(List<String> names, boolean overLimit, boolean tooManyParts, boolean broken) {

    /** A genuine document of 10 MB unpacks to a few times that at most; zeros or repeated XML to 1,000 times. */
    static final long MAX_UNPACKED_BYTES = 256L * 1024 * 1024;
    static final int MAX_PARTS = 10_000;

    static ZipContents read(byte[] content) {
        List<String> names = new ArrayList<>();
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (names.size() >= MAX_PARTS) {
                    return new ZipContents(names, false, true, false);
                }
                names.add(entry.getName());
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    unpacked += read;
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        return new ZipContents(names, true, false, false);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException unreadable) {
            return new ZipContents(names, false, false, true);
        }
        return new ZipContents(names, false, false, false);
    }
}
