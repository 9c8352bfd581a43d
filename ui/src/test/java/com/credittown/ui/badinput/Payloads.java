package com.credittown.ui.badinput;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files and bodies of the corpus, made on demand. */
final class Payloads {

    static final String BOUNDARY = "----badinput7MA4YWxkTrZu0gW";

    private Payloads() {
    }

    /** A multipart/form-data body with one file part. */
    static byte[] multipart(String field, String fileName, String type, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 512);
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static String multipartType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    /** A Windows executable's first bytes (DOS stub and PE header) and some code. */
    static byte[] windowsExecutable() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 0x4E, stub.length);
        return exe;
    }

    static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] text(String text, Charset charset) {
        return text.getBytes(charset);
    }

    /** A zip with one entry of {@code size} zero bytes: a few hundred KB that unpack to {@code size}. */
    static byte[] zipBomb(String entryName, long size) {
        return zip(new String[] {"[Content_Types].xml", entryName}, new long[] {200, size});
    }

    /** A zip whose entries hold that many zero bytes each (deflated at the best ratio). */
    static byte[] zip(String[] names, long[] sizes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < names.length; i++) {
                zip.putNextEntry(new ZipEntry(names[i]));
                long left = sizes[i];
                while (left > 0) {
                    int chunk = (int) Math.min(zeros.length, left);
                    zip.write(zeros, 0, chunk);
                    left -= chunk;
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A small genuine-looking xlsx (the parts a spreadsheet has), the wrong format for the CSV import. */
    static byte[] smallXlsx() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            String[][] parts = {
                {"[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
                {"xl/workbook.xml", "<?xml version=\"1.0\"?><workbook/>"},
                {"xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>kind</t></is></c></row></sheetData></worksheet>"}};
            for (String[] part : parts) {
                zip.putNextEntry(new ZipEntry(part[0]));
                zip.write(part[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] repeat(String unit, int times) {
        return unit.repeat(times).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
