package com.credittown.platform.qr;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/** Reads QR codes back with ZXing's decoder, as a phone would: for tests of what a printed or shown code carries. */
public final class QrCodeReader {

    private QrCodeReader() {
    }

    /** The text of the QR code in the image; fails the test if the image holds none. */
    public static String decode(BufferedImage image) {
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                    Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE, DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText();
        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            throw new AssertionError("No readable QR code in the " + image.getWidth() + "x" + image.getHeight()
                    + " image: " + e, e);
        }
    }

    /** The text of the QR code in a PNG (or any image ImageIO reads). */
    public static String decode(byte[] image) {
        try {
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(image));
            if (read == null) {
                throw new AssertionError("Not an image (" + image.length + " bytes)");
            }
            return decode(read);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
