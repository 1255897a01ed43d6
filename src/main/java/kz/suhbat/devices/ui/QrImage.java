package kz.suhbat.devices.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** A QR code of a text as an image, black on white with the standard quiet zone, sharp at any size. */
final class QrImage {

    private static final int QUIET_ZONE = 4;

    private QrImage() {
    }

    static Image of(String text, int pixelsPerModule) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.MARGIN, QUIET_ZONE, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Too long for a QR code: " + text, e);
        }
        WritableImage image = new WritableImage(matrix.getWidth() * pixelsPerModule,
                matrix.getHeight() * pixelsPerModule);
        PixelWriter pixels = image.getPixelWriter();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                Color color = matrix.get(x, y) ? Color.BLACK : Color.WHITE;
                for (int dy = 0; dy < pixelsPerModule; dy++) {
                    for (int dx = 0; dx < pixelsPerModule; dx++) {
                        pixels.setColor(x * pixelsPerModule + dx, y * pixelsPerModule + dy, color);
                    }
                }
            }
        }
        return image;
    }
}
