package com.credittown.platform.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * QR codes (ZXing) of public links: error correction level M (a printed code still reads with some dirt or a crease),
 * the standard quiet zone of 4 modules, black on white, as PNG or as an image to draw into a PDF.
 */
public final class QrCodes {

    /** Longest text encoded: a URL of the platform is far shorter; anything longer is a mistake, not a QR code. */
    static final int MAX_LENGTH = 1000;

    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
            EncodeHintType.MARGIN, 4);

    private QrCodes() {
    }

    /** The QR code of the text, about {@code pixels} wide and high (rounded to whole modules). */
    public static BufferedImage image(String text, int pixels) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A QR code needs a text of 1 to " + MAX_LENGTH + " characters");
        }
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, pixels, pixels, HINTS);
            return MatrixToImageWriter.toBufferedImage(matrix);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code: " + e.getMessage(), e);
        }
    }

    /** The QR code of the text as PNG bytes. */
    public static byte[] png(String text, int pixels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(text, pixels), "PNG", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
