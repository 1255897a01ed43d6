package kz.suhbat.devices.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The QR code the devices window shows reads back, with a QR reader, as the address a device opens. */
@ExtendWith(ApplicationExtension.class)
class QrImageTest {

    @Test
    void theCodeReadsBackAsTheAddressAndTheFingerprint() throws Exception {
        String text = "https://192.168.137.1:8443/#EC:86:99:61";
        Image image = QrImage.of(text, 6);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = reader.getArgb(x, y);
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        assertEquals(text, new QRCodeReader().decode(bitmap).getText());
    }
}
