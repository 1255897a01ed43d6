package kz.suhbat.protocol;

import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.protocol.pdf.ProtocolPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A protocol printed as PDF and read back as text, the way a reader copies it out (spaces collapsed). */
final class ProtocolText {

    /** The time zone protocols in tests are printed in: Astana's. */
    static final ZoneOffset ASTANA = ZoneOffset.ofHours(5);

    private ProtocolText() {
    }

    static String of(SittingProtocol protocol, Language language) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ProtocolPdf(language, ASTANA).write(protocol, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
