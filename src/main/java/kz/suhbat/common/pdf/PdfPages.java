package kz.suhbat.common.pdf;

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
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Lays text out on A4 pages, top to bottom: headings kept with what follows them, wrapped paragraphs,
 * tables whose columns are measured with the font and whose cells wrap (a word too long for its column
 * is broken, never drawn past its edge; the header row is repeated on a new page), and page numbers at
 * the foot. The DejaVu Sans font is embedded (a subset, with its Unicode map), so every Kazakh letter
 * prints and copies back out of the PDF as the same letter. A training course's documents carry a
 * watermark on every page.
 */
public final class PdfPages implements AutoCloseable {

    private static final float MARGIN = 50;
    private static final float BODY = 10;
    private static final float CELL = BODY - 1;
    private static final float PADDING = 3;
    private static final float LEADING = 1.35f;
    /** What a heading needs below it on its page: itself and a few lines of what it introduces. */
    private static final float KEEP_WITH_HEADING = 4 * BODY * LEADING;
    private static final PDRectangle SIZE = PDRectangle.A4;

    private final PDDocument document = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private PDPageContentStream content;
    private float y;
    private String watermark = "";

    public PdfPages() {
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

    /** Starts a new page unless {@code needed} points still fit above the foot of this one. */
    private boolean room(float needed) {
        if (y - needed < MARGIN + 20) {
            newPage();
            return true;
        }
        return false;
    }

    /** Goes on at the top of a new page (the paper score sheet starts on its own page). */
    public void pageBreak() {
        newPage();
    }

    /**
     * Marks the document as a training one: {@code banner} ("TRAINING — not a real selection") in a bold
     * line at this point, and {@code word} ("TRAINING") large, light and diagonal across every page.
     */
    public void markAsTraining(String banner, String word) {
        centred(banner, true, 12);
        gap(4);
        watermark = word;
    }

    public void title(String text) {
        lines(text, bold, 14, 0, width(), true);
        gap(6);
    }

    /** A line or more centred on the page, e.g. the issuing body's name and the document's title. */
    public void centred(String text, boolean strong, float size) {
        PDType0Font font = strong ? bold : regular;
        for (String line : wrap(text, font, size, width())) {
            room(size * LEADING);
            y -= size * LEADING;
            show(line, font, size, MARGIN + (width() - width(line, font, size)) / 2, y);
        }
        gap(2);
    }

    /** One line with {@code left} at the left margin and {@code right} against the right one. */
    public void bothSides(String left, String right) {
        float half = width() / 2 - PADDING;
        List<String> lefts = wrap(left, regular, BODY, half);
        List<String> rights = wrap(right, regular, BODY, half);
        int count = Math.max(lefts.size(), rights.size());
        room(count * BODY * LEADING);
        for (int i = 0; i < count; i++) {
            y -= BODY * LEADING;
            if (i < lefts.size()) {
                show(lefts.get(i), regular, BODY, MARGIN, y);
            }
            if (i < rights.size()) {
                show(rights.get(i), regular, BODY, MARGIN + width() - width(rights.get(i), regular, BODY), y);
            }
        }
        gap(6);
    }

    /** An image (a PNG or JPEG), centred, scaled down to fit {@code maxHeight} and the page's width. */
    public void image(byte[] bytes, float maxHeight) {
        try {
            PDImageXObject image = PDImageXObject.createFromByteArray(document, bytes, "letterhead");
            float scale = Math.min(1, Math.min(maxHeight / image.getHeight(), width() / image.getWidth()));
            float w = image.getWidth() * scale;
            float h = image.getHeight() * scale;
            room(h);
            y -= h;
            content.drawImage(image, MARGIN + (width() - w) / 2, y, w, h);
            gap(6);
        } catch (IOException | IllegalArgumentException e) {
            // A picture PDFBox cannot read is left out rather than costing the whole document.
        }
    }

    public void heading(String text) {
        gap(6);
        float height = wrap(text, bold, 11.5f, width()).size() * 11.5f * LEADING;
        room(height + KEEP_WITH_HEADING);
        lines(text, bold, 11.5f, 0, width(), true);
        gap(2);
    }

    public void paragraph(String text) {
        lines(text, regular, BODY, 0, width(), true);
        gap(3);
    }

    public void gap(float points) {
        y -= points;
    }

    /**
     * A table; the first row is its header, in bold, repeated at the top of a page the table runs onto.
     * Each column is at least as wide as its longest word (as far as the page allows), the rest of the
     * width shared by {@code shares}; cells wrap within their column.
     */
    public void table(float[] shares, List<String[]> rows) {
        float[] widths = columnWidths(shares, rows);
        for (int r = 0; r < rows.size(); r++) {
            float height = rowHeight(rows.get(r), widths, r == 0 ? bold : regular);
            if (room(height) && r > 0) {
                row(rows.get(0), widths, bold, rowHeight(rows.get(0), widths, bold));
            }
            row(rows.get(r), widths, r == 0 ? bold : regular, height);
        }
        gap(6);
    }

    private float rowHeight(String[] row, float[] widths, PDType0Font font) {
        int lines = 1;
        for (int c = 0; c < row.length; c++) {
            lines = Math.max(lines, wrap(row[c], font, CELL, widths[c] - 2 * PADDING).size());
        }
        return lines * CELL * LEADING + 7;
    }

    private void row(String[] row, float[] widths, PDType0Font font, float height) {
        float top = y;
        float x = MARGIN;
        for (int c = 0; c < row.length; c++) {
            y = top - 3;
            lines(row[c], font, CELL, x - MARGIN + PADDING, widths[c] - 2 * PADDING, false);
            x += widths[c];
        }
        y = top - height;
        rule(y + 1);
    }

    private float[] columnWidths(float[] shares, List<String[]> rows) {
        int columns = shares.length;
        float total = 0;
        for (float share : shares) {
            total += share;
        }
        float[] least = new float[columns];
        for (int r = 0; r < rows.size(); r++) {
            PDType0Font font = r == 0 ? bold : regular;
            String[] row = rows.get(r);
            for (int c = 0; c < columns && c < row.length; c++) {
                for (String word : (row[c] == null ? "" : row[c]).split("[ \n]")) {
                    least[c] = Math.max(least[c], width(word, font, CELL) + 2 * PADDING + 1);
                }
            }
        }
        float[] widths = new float[columns];
        float sum = 0;
        float slack = 0;
        for (int c = 0; c < columns; c++) {
            widths[c] = Math.max(least[c], width() * shares[c] / total);
            sum += widths[c];
            slack += widths[c] - least[c];
        }
        float over = sum - width();
        for (int c = 0; c < columns && over > 0; c++) {
            widths[c] = slack >= over ? widths[c] - over * (widths[c] - least[c]) / slack
                    : least[c] * width() / (sum - slack);
        }
        return widths;
    }

    /** A line to sign on, with the name and role under it. */
    public void signature(String name, String role) {
        room(40);
        gap(22);
        rule(y);
        gap(2);
        lines(name + " — " + role, regular, BODY - 1, 0, width(), true);
    }

    /**
     * A signature row of the protocol: the role at the left, a blank to sign on with {@code caption}
     * under it, and the name at the right.
     */
    public void signatureLine(String role, String name, String caption) {
        float roleWidth = width() * 0.3f;
        float blankWidth = width() * 0.3f;
        float nameX = roleWidth + blankWidth + 12;
        List<String> roles = wrap(role, regular, BODY, roleWidth - 6);
        List<String> names = wrap(name, regular, BODY, width() - nameX);
        int count = Math.max(roles.size(), names.size());
        room(22 + count * BODY * LEADING + 12);
        gap(22);
        float base = y - BODY * LEADING;
        for (int i = 0; i < count; i++) {
            float at = base - i * BODY * LEADING;
            if (i < roles.size()) {
                show(roles.get(i), regular, BODY, MARGIN, at);
            }
            if (i < names.size()) {
                show(names.get(i), regular, BODY, MARGIN + nameX, at);
            }
        }
        line(MARGIN + roleWidth, MARGIN + roleWidth + blankWidth, base - 2);
        show(caption, regular, 7, MARGIN + roleWidth + (blankWidth - width(caption, regular, 7)) / 2, base - 10);
        y = base - (count - 1) * BODY * LEADING - 10;
    }

    private void rule(float at) {
        line(MARGIN, MARGIN + width(), at);
    }

    private void line(float from, float to, float at) {
        try {
            content.setLineWidth(0.3f);
            content.moveTo(from, at);
            content.lineTo(to, at);
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

    /**
     * Breaks {@code text} into lines no wider than {@code maxWidth}, at spaces; a word wider than that on
     * its own is broken between letters.
     */
    public static List<String> wrap(String text, PDType0Font font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate, font, size) <= maxWidth) {
                    line = new StringBuilder(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                }
                line = new StringBuilder();
                for (String piece : broken(word, font, size, maxWidth)) {
                    if (line.length() > 0) {
                        lines.add(line.toString());
                    }
                    line = new StringBuilder(piece);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** {@code word} in pieces that each fit {@code maxWidth} (one letter at least per piece). */
    private static List<String> broken(String word, PDType0Font font, float size, float maxWidth) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = start + 1;
            while (end < word.length() && width(word.substring(start, end + 1), font, size) <= maxWidth) {
                end++;
            }
            pieces.add(word.substring(start, end));
            start = end;
        }
        if (pieces.isEmpty()) {
            pieces.add("");
        }
        return pieces;
    }

    public static float width(String text, PDType0Font font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Numbers the pages ("page 1 of 3" in the protocol's language) and writes the document. */
    public void save(OutputStream out, String pageLabel) throws IOException {
        save(out, pageLabel, "");
    }

    /** The same, with {@code reference} (the protocol's register number) at the right of each page's foot. */
    public void save(OutputStream out, String pageLabel, String reference) throws IOException {
        content.close();
        content = null;
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                if (!watermark.isEmpty()) {
                    watermark(foot);
                }
                String label = java.text.MessageFormat.format(pageLabel, i + 1, count);
                footText(foot, label, MARGIN);
                if (!reference.isEmpty()) {
                    footText(foot, reference, MARGIN + width() - width(reference, regular, 8));
                }
            }
        }
        document.save(out);
    }

    /** The watermark word across the page's diagonal, centred, light grey and see-through over the text. */
    private void watermark(PDPageContentStream over) throws IOException {
        double angle = Math.atan2(SIZE.getHeight(), SIZE.getWidth());
        float diagonal = (float) Math.hypot(SIZE.getWidth(), SIZE.getHeight());
        float size = Math.min(110, diagonal * 0.7f / Math.max(1, width(watermark, bold, 1)));
        float w = width(watermark, bold, size);
        float h = size * 0.7f;
        float cos = (float) Math.cos(angle);
        float sin = (float) Math.sin(angle);
        float x = SIZE.getWidth() / 2 - cos * w / 2 + sin * h / 2;
        float at = SIZE.getHeight() / 2 - sin * w / 2 - cos * h / 2;
        PDExtendedGraphicsState light = new PDExtendedGraphicsState();
        light.setNonStrokingAlphaConstant(0.22f);
        over.saveGraphicsState();
        over.setGraphicsStateParameters(light);
        over.setNonStrokingColor(0.5f, 0.5f, 0.5f);
        over.beginText();
        over.setFont(bold, size);
        over.setTextMatrix(new Matrix(cos, sin, -sin, cos, x, at));
        over.showText(watermark);
        over.endText();
        over.restoreGraphicsState();
    }

    private void footText(PDPageContentStream foot, String text, float x) throws IOException {
        foot.beginText();
        foot.setFont(regular, 8);
        foot.newLineAtOffset(x, MARGIN / 2);
        foot.showText(text);
        foot.endText();
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
        }
        document.close();
    }
}
