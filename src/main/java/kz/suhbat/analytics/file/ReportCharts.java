package kz.suhbat.analytics.file;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import kz.suhbat.analytics.Competency;
import kz.suhbat.analytics.Group;
import kz.suhbat.analytics.OutcomeReport;
import kz.suhbat.analytics.OutcomeRow;
import kz.suhbat.analytics.ProfileCell;
import kz.suhbat.analytics.ProfileReport;
import kz.suhbat.scoring.Outcome;

/**
 * The reports' charts as PNG images for the PDF: the decisions' shares per group as stacked bars, and
 * the competency profiles as a heatmap of each group's difference from the overall mean (a cell is
 * coloured strongly only when its interval leaves the overall mean out). Drawn at twice the size they
 * print, with the DejaVu Sans font the PDF embeds, so every Kazakh letter shows.
 */
public final class ReportCharts {

    private static final int SCALE = 2;
    private static final Color[] OUTCOME_COLOURS = {new Color(0x2E7D32), new Color(0xC62828), new Color(0x1565C0),
        new Color(0x43A047), new Color(0xEF6C00), new Color(0x6D4C41)};
    private static final Color TEXT = new Color(0x24292F);
    private static final Color WEAKER = new Color(0xD1495B);
    private static final Color STRONGER = new Color(0x2B6CB0);

    private final ReportLabels labels;
    private final Font font;

    public ReportCharts(ReportLabels labels) {
        this.labels = labels;
        try (InputStream in = ReportCharts.class.getResourceAsStream("/kz/suhbat/protocol/fonts/DejaVuSans.ttf")) {
            font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(11f * SCALE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("The bundled font cannot be read", e);
        }
    }

    /** The colour of {@code outcome} in every chart of decisions (the screen's chart uses the same). */
    public static String colour(Outcome outcome) {
        Color c = OUTCOME_COLOURS[outcome.ordinal()];
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    public byte[] outcomes(OutcomeReport report) {
        List<OutcomeRow> rows = report.rows();
        int labelWidth = 170 * SCALE;
        int barHeight = 16 * SCALE;
        int width = 500 * SCALE;
        int legendLines = legendLines(report, measure(font), width);
        int height = (rows.size() * (barHeight + 6 * SCALE)) + (20 + 20 * legendLines) * SCALE;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        FontMetrics metrics = g.getFontMetrics();
        int y = 4 * SCALE;
        for (OutcomeRow row : rows) {
            g.setColor(TEXT);
            g.drawString(fit(labels.group(report.dimension(), row.group()), metrics, labelWidth - 8 * SCALE), 0,
                    y + barHeight - 4 * SCALE);
            int x = labelWidth;
            int span = width - labelWidth - 4 * SCALE;
            for (Outcome outcome : report.outcomes()) {
                int w = (int) Math.round(span * row.share(outcome));
                g.setColor(OUTCOME_COLOURS[outcome.ordinal()]);
                g.fillRect(x, y, w, barHeight);
                x += w;
            }
            y += barHeight + 6 * SCALE;
        }
        int x = 0;
        y += 10 * SCALE;
        for (Outcome outcome : report.outcomes()) {
            String name = labels.outcome(outcome);
            int item = 14 * SCALE + metrics.stringWidth(name) + 16 * SCALE;
            if (x > 0 && x + item > width) {
                x = 0;
                y += 20 * SCALE;
            }
            g.setColor(OUTCOME_COLOURS[outcome.ordinal()]);
            g.fillRect(x, y - 9 * SCALE, 10 * SCALE, 10 * SCALE);
            g.setColor(TEXT);
            g.drawString(name, x + 14 * SCALE, y);
            x += item;
        }
        return png(image, g);
    }

    /** How many lines the legend of the decisions takes in {@code width}. */
    private int legendLines(OutcomeReport report, FontMetrics metrics, int width) {
        int lines = 1;
        int x = 0;
        for (Outcome outcome : report.outcomes()) {
            int item = 14 * SCALE + metrics.stringWidth(labels.outcome(outcome)) + 16 * SCALE;
            if (x > 0 && x + item > width) {
                lines++;
                x = 0;
            }
            x += item;
        }
        return lines;
    }

    public byte[] heatmap(ProfileReport report) {
        List<Competency> competencies = report.competencies();
        List<Group> groups = report.groups();
        int labelWidth = 150 * SCALE;
        FontMetrics headMetrics = measure(font.deriveFont(9f * SCALE));
        int longestWord = competencies.stream().flatMap(c -> List.of(labels.competency(c).split("\\s+")).stream())
                .mapToInt(headMetrics::stringWidth).max().orElse(0);
        int cellWidth = Math.max(Math.max(56 * SCALE, longestWord + 6 * SCALE),
                (500 * SCALE - labelWidth) / Math.max(1, competencies.size()));
        int headLines = competencies.stream().mapToInt(c -> wrap(labels.competency(c), headMetrics, cellWidth - 4)
                .size()).max().orElse(1);
        int cellHeight = 18 * SCALE;
        int headerHeight = (headLines + 1) * headMetrics.getHeight();
        int width = labelWidth + cellWidth * competencies.size();
        int height = headerHeight + cellHeight * groups.size() + 4 * SCALE;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        FontMetrics metrics = g.getFontMetrics();
        double extreme = report.cells().stream().mapToDouble(c -> Math.abs(c.difference())).filter(d -> !Double.isNaN(d))
                .max().orElse(1);
        g.setFont(headMetrics.getFont());
        for (int c = 0; c < competencies.size(); c++) {
            g.setColor(TEXT);
            List<String> lines = wrap(labels.competency(competencies.get(c)), headMetrics, cellWidth - 4);
            for (int line = 0; line < lines.size(); line++) {
                g.drawString(lines.get(line), labelWidth + c * cellWidth + 2,
                        headerHeight - (lines.size() - line) * headMetrics.getHeight() + headMetrics.getAscent()
                                - 2 * SCALE);
            }
        }
        g.setFont(font);
        for (int r = 0; r < groups.size(); r++) {
            int y = headerHeight + r * cellHeight;
            g.setColor(TEXT);
            g.drawString(fit(labels.group(report.dimension(), groups.get(r)), metrics, labelWidth - 8 * SCALE), 0,
                    y + cellHeight - 5 * SCALE);
            for (int c = 0; c < competencies.size(); c++) {
                int x = labelWidth + c * cellWidth;
                var cell = report.cell(groups.get(r), competencies.get(c).code());
                g.setColor(cell.map(k -> colour(k, extreme)).orElse(Color.WHITE));
                g.fillRect(x, y, cellWidth, cellHeight);
                g.setColor(Color.WHITE);
                g.drawRect(x, y, cellWidth, cellHeight);
                if (cell.isPresent()) {
                    ProfileCell k = cell.get();
                    String text = String.format(java.util.Locale.ROOT, "%+.2f", k.difference());
                    g.setColor(k.marked() ? Color.WHITE : TEXT);
                    g.drawString(text, x + (cellWidth - metrics.stringWidth(text)) / 2, y + cellHeight - 5 * SCALE);
                }
            }
        }
        return png(image, g);
    }

    /** Strong red or blue for a marked cell by how far it lies from the mean; a pale grey for the others. */
    private static Color colour(ProfileCell cell, double extreme) {
        if (!cell.marked()) {
            return new Color(0xEEF1F4);
        }
        double strength = 0.45 + 0.55 * Math.min(1, Math.abs(cell.difference()) / extreme);
        Color base = cell.difference() < 0 ? WEAKER : STRONGER;
        return blend(new Color(0xF6F8FA), base, strength);
    }

    private static Color blend(Color from, Color to, double t) {
        return new Color((int) (from.getRed() + (to.getRed() - from.getRed()) * t),
                (int) (from.getGreen() + (to.getGreen() - from.getGreen()) * t),
                (int) (from.getBlue() + (to.getBlue() - from.getBlue()) * t));
    }

    /** The measures of {@code of} as the charts draw it. */
    private static FontMetrics measure(Font of) {
        Graphics2D scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            scratch.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            return scratch.getFontMetrics(of);
        } finally {
            scratch.dispose();
        }
    }

    private Graphics2D start(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setFont(font);
        g.setStroke(new BasicStroke(SCALE));
        return g;
    }

    private static String fit(String text, FontMetrics metrics, int width) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    private static byte[] png(BufferedImage image, Graphics2D g) {
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code text} in lines that each fit {@code width} by the chart font's measure (a long word alone). */
    private static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(tried) <= width || line.isEmpty()) {
                line = new StringBuilder(tried);
            } else {
                lines.add(line.toString());
                line = new StringBuilder(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
