package kz.suhbat.protocol.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays text out on A4 pages, top to bottom: headings, wrapped paragraphs, tables whose cells wrap, and
 * page numbers at the foot. The DejaVu Sans font is embedded (a subset, with its Unicode map), so every
 * Kazakh letter prints and copies back out of the PDF as the same letter.
 */
final class PdfPages implements AutoCloseable {

    private static final float MARGIN = 50;
    private static final float BODY = 10;
    private static final float LEADING = 1.35f;
    private static final PDRectangle SIZE = PDRectangle.A4;

    private final PDDocument document = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private PDPageContentStream content;
    private float y;

    PdfPages() {
        try {
            regular = font("DejaVuSans.ttf");
            bold = font("DejaVuSans-Bold.ttf");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        newPage();
    }

    private PDType0Font font(String name) throws IOException {
        try (InputStream in = PdfPages.class.getResourceAsStream("/kz/suhbat/protocol/fonts/" + name)) {
            return PDType0Font.load(document, in);
        }
    }

    private float width() {
        return SIZE.getWidth() - 2 * MARGIN;
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(SIZE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = SIZE.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void room(float needed) {
        if (y - needed < MARGIN + 20) {
            newPage();
        }
    }

    /** Goes on at the top of a new page (the paper score sheet starts on its own page). */
    void pageBreak() {
        newPage();
    }

    void title(String text) {
        lines(text, bold, 14, 0, width(), true);
        gap(6);
    }

    void heading(String text) {
        gap(6);
        room(40);
        lines(text, bold, 11.5f, 0, width(), true);
        gap(2);
    }

    void paragraph(String text) {
        lines(text, regular, BODY, 0, width(), true);
        gap(3);
    }

    void gap(float points) {
        y -= points;
    }

    /** A table; the first row is its header, in bold. Cells wrap within their column. */
    void table(float[] shares, List<String[]> rows) {
        float total = 0;
        for (float share : shares) {
            total += share;
        }
        float[] widths = new float[shares.length];
        for (int c = 0; c < shares.length; c++) {
            widths[c] = width() * shares[c] / total;
        }
        for (int r = 0; r < rows.size(); r++) {
            PDType0Font font = r == 0 ? bold : regular;
            String[] row = rows.get(r);
            int height = 1;
            for (int c = 0; c < row.length; c++) {
                height = Math.max(height, wrap(row[c], font, BODY - 1, widths[c] - 6).size());
            }
            float rowHeight = height * (BODY - 1) * LEADING + 4;
            room(rowHeight);
            float top = y;
            float x = MARGIN;
            for (int c = 0; c < row.length; c++) {
                y = top - 2;
                lines(row[c], font, BODY - 1, x - MARGIN + 3, widths[c] - 6, false);
                x += widths[c];
            }
            y = top - rowHeight;
            rule(y + 1);
        }
        gap(6);
    }

    /** A line to sign on, with the name and role under it. */
    void signature(String name, String role) {
        room(40);
        gap(22);
        rule(y);
        gap(2);
        lines(name + " — " + role, regular, BODY - 1, 0, width(), true);
    }

    private void rule(float at) {
        try {
            content.setLineWidth(0.3f);
            content.moveTo(MARGIN, at);
            content.lineTo(MARGIN + width(), at);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void lines(String text, PDType0Font font, float size, float indent, float maxWidth, boolean breakPages) {
        for (String line : wrap(text, font, size, maxWidth)) {
            if (breakPages) {
                room(size * LEADING);
            }
            y -= size * LEADING;
            show(line, font, size, MARGIN + indent, y);
        }
    }

    private void show(String line, PDType0Font font, float size, float x, float at) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, at);
            content.showText(line);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Breaks {@code text} into lines no wider than {@code maxWidth}, at spaces (a long word alone on its line). */
    private static List<String> wrap(String text, PDType0Font font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && width(candidate, font, size) > maxWidth) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(String text, PDType0Font font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Numbers the pages ("page 1 of 3" in the protocol's language) and writes the document. */
    void save(OutputStream out, String pageLabel) throws IOException {
        content.close();
        content = null;
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                String label = java.text.MessageFormat.format(pageLabel, i + 1, count);
                foot.beginText();
                foot.setFont(regular, 8);
                foot.newLineAtOffset(MARGIN, MARGIN / 2);
                foot.showText(label);
                foot.endText();
            }
        }
        document.save(out);
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
        }
        document.close();
    }
}
