package org.xxgk.extract.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.xxgk.grid.Cell;
import org.xxgk.grid.Grid;
import org.xxgk.grid.Provenance;
import org.xxgk.layout.SectionHeadings;
import org.xxgk.layout.TableVocabulary;
import technology.tabula.TextElement;

/**
 * Tables printed without ruling lines, read from where their text stands (Tabula's "stream"
 * idea). Lines whose numbers stand apart from their label are data rows; the label pieces of a
 * label wrapped over several lines, above or below its numbers, join the nearest data row; the
 * numbers go to the columns all the rows share, so a missing number leaves its cell blank
 * instead of moving the others.
 */
final class StreamTables {

    /** A gap wider than this share of the smaller neighbouring glyph separates two cells. */
    private static final double CELL_GAP = 0.6;
    /** A lone data row (table 四 has one) must hold at least this many numbers to make a table. */
    private static final int LONE_ROW_NUMBERS = 5;
    /** A lone run of text wider than this share of the text width is prose, not a table row. */
    private static final double PROSE_WIDTH = 0.55;

    private StreamTables() {
    }

    static List<TableRegion> find(List<TextElement> glyphs, Provenance page, BoxFrame frame) {
        List<List<Segment>> lines = segmentLines(glyphs);
        double textLeft = lines.stream().flatMap(List::stream).mapToDouble(Segment::left).min().orElse(0);
        double textRight = lines.stream().flatMap(List::stream).mapToDouble(Segment::right).max().orElse(0);
        double textWidth = Math.max(1, textRight - textLeft);
        List<TableRegion> regions = new ArrayList<>();
        List<List<Segment>> region = new ArrayList<>();
        int dataLines = 0;
        for (List<Segment> line : lines) {
            boolean prose = isProse(line, textWidth);
            if (prose) {
                dataLines = close(region, dataLines, page, frame, regions);
                continue;
            }
            region.add(line);
            if (isData(line)) {
                dataLines++;
            }
        }
        close(region, dataLines, page, frame, regions);
        return regions;
    }

    private static int close(List<List<Segment>> region, int dataLines, Provenance page, BoxFrame frame, List<TableRegion> regions) {
        boolean loneWideRow = dataLines == 1
                && region.stream().filter(StreamTables::isData).anyMatch(l -> l.stream().filter(Segment::isNumber).count() >= LONE_ROW_NUMBERS);
        if (dataLines >= 2 || loneWideRow) {
            regions.add(build(region, page, frame));
        }
        region.clear();
        return 0;
    }

    /** A heading, or a wide line of text without numbers standing apart: never part of a table. */
    private static boolean isProse(List<Segment> line, double textWidth) {
        String text = line.stream().map(Segment::text).reduce("", String::concat);
        if (SectionHeadings.isHeading(text)) {
            return true;
        }
        double span = line.get(line.size() - 1).right() - line.get(0).left();
        return line.stream().noneMatch(Segment::isNumber) && span > PROSE_WIDTH * textWidth && !isHeaderLine(line);
    }

    /** A line of column headings or a table caption (第二十条第（一）项), kept as a row of its own. */
    private static boolean isHeaderLine(List<Segment> line) {
        return line.stream().anyMatch(s -> TableVocabulary.isColumnHeading(s.text()));
    }

    /** A line holding numbers set apart from any label before them. */
    private static boolean isData(List<Segment> line) {
        long numbers = line.stream().filter(Segment::isNumber).count();
        return numbers >= 1 && line.size() >= 2 && (numbers >= 2 || !line.get(0).isNumber());
    }

    private static TableRegion build(List<List<Segment>> lines, Provenance page, BoxFrame frame) {
        List<List<Segment>> data = lines.stream().filter(StreamTables::isData).toList();
        List<Double> columns = valueColumns(data);
        // Header lines above the first data row stay rows of their own; every other line without
        // numbers is a piece of the label of the data row nearest to it.
        List<List<Segment>> headers = new ArrayList<>();
        List<List<Segment>> labelPieces = new ArrayList<>();
        for (List<Segment> line : data) {
            labelPieces.add(new ArrayList<>(line.stream().takeWhile(s -> !s.isNumber()).toList()));
        }
        double firstData = data.get(0).get(0).baseline();
        for (List<Segment> line : lines) {
            if (isData(line)) {
                continue;
            }
            double baseline = line.get(0).baseline();
            if (baseline < firstData - 0.5 * line.get(0).size() || isHeaderLine(line)) {
                headers.add(line);
                continue;
            }
            int nearest = 0;
            for (int i = 1; i < data.size(); i++) {
                if (Math.abs(data.get(i).get(0).baseline() - baseline) < Math.abs(data.get(nearest).get(0).baseline() - baseline)) {
                    nearest = i;
                }
            }
            labelPieces.get(nearest).addAll(line);
        }
        // Rows in reading order: header rows and data rows by their baselines.
        List<Object[]> ordered = new ArrayList<>();
        Provenance at = page;
        for (List<Segment> header : headers) {
            ordered.add(new Object[] {header.get(0).baseline(), header.stream().map(s -> Cell.of(s.text(), at)).toList()});
        }
        for (int i = 0; i < data.size(); i++) {
            List<Cell> row = new ArrayList<>();
            for (String label : labels(labelPieces.get(i))) {
                row.add(Cell.of(label, at));
            }
            row.addAll(values(data.get(i), columns, at, frame));
            ordered.add(new Object[] {data.get(i).get(0).baseline(), row});
        }
        ordered.sort(Comparator.comparingDouble(o -> (Double) o[0]));
        List<List<Cell>> rows = new ArrayList<>();
        for (Object[] o : ordered) {
            @SuppressWarnings("unchecked")
            List<Cell> row = (List<Cell>) o[1];
            rows.add(row);
        }
        double left = lines.stream().flatMap(List::stream).mapToDouble(Segment::left).min().orElse(0);
        double right = lines.stream().flatMap(List::stream).mapToDouble(Segment::right).max().orElse(0);
        double top = lines.get(0).get(0).baseline() - lines.get(0).get(0).size();
        double bottom = lines.get(lines.size() - 1).get(0).baseline();
        return new TableRegion(Grid.fromRows(rows), left, top, right, bottom, page);
    }

    /** Label pieces that overlap horizontally are one wrapped label; the labels run left to right. */
    private static List<String> labels(List<Segment> pieces) {
        List<Segment> sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparingDouble(Segment::baseline));
        List<List<Segment>> groups = new ArrayList<>();
        for (Segment piece : sorted) {
            List<Segment> group = groups.stream()
                    .filter(g -> g.stream().anyMatch(s -> s.left() < piece.right() && piece.left() < s.right()))
                    .findFirst().orElse(null);
            if (group == null) {
                groups.add(new ArrayList<>(List.of(piece)));
            } else {
                group.add(piece);
            }
        }
        groups.sort(Comparator.comparingDouble(g -> g.stream().mapToDouble(Segment::left).min().orElse(0)));
        return groups.stream()
                .map(g -> String.join("\n", g.stream().map(Segment::text).toList()))
                .toList();
    }

    /** The x centres of the value columns, from the rows that fill the most columns. */
    private static List<Double> valueColumns(List<List<Segment>> data) {
        long most = data.stream().mapToLong(l -> l.stream().filter(Segment::isNumber).count()).max().orElse(0);
        List<Double> centres = new ArrayList<>();
        for (List<Segment> line : data) {
            List<Segment> numbers = line.stream().filter(Segment::isNumber).toList();
            if (numbers.size() == most) {
                for (int i = 0; i < numbers.size(); i++) {
                    if (centres.size() <= i) {
                        centres.add(numbers.get(i).center());
                    }
                }
            }
        }
        return centres;
    }

    /**
     * The row's numbers in their columns. A row as full as the widest rows, or with a single
     * number (a value cell spanning the columns), keeps its numbers in order; a row with some
     * numbers missing places each by the nearest column and leaves the missing ones blank.
     */
    private static List<Cell> values(List<Segment> line, List<Double> columns, Provenance at, BoxFrame frame) {
        List<Segment> numbers = line.stream().filter(Segment::isNumber).toList();
        if (numbers.size() >= columns.size() || numbers.size() == 1) {
            return numbers.stream().map(s -> new Cell(s.text(), 1, 1, at.withBox(s.box(frame)), s.reading())).toList();
        }
        Cell[] cells = new Cell[columns.size()];
        for (Segment number : numbers) {
            int nearest = 0;
            for (int i = 1; i < columns.size(); i++) {
                if (Math.abs(columns.get(i) - number.center()) < Math.abs(columns.get(nearest) - number.center())) {
                    nearest = i;
                }
            }
            cells[nearest] = new Cell(number.text(), 1, 1, at.withBox(number.box(frame)), number.reading());
        }
        List<Cell> out = new ArrayList<>();
        for (Cell cell : cells) {
            out.add(cell == null ? Cell.of("", at) : cell);
        }
        return out;
    }

    /** Lines of the page as runs of glyphs split at wide gaps, top to bottom. */
    private static List<List<Segment>> segmentLines(List<TextElement> glyphs) {
        List<List<Segment>> out = new ArrayList<>();
        for (List<TextElement> line : TextLines.byBaseline(glyphs)) {
            List<Segment> segments = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            List<TextElement> members = new ArrayList<>();
            double left = 0;
            double right = 0;
            double size = 0;
            double previousSize = 0;
            double em = 0;
            for (TextElement g : line) {
                double gap = g.getX() - right;
                if (!text.isEmpty() && gap > CELL_GAP * Math.min(previousSize, Glyphs.size(g)) && !g.getText().isBlank()) {
                    segments.add(new Segment(text.toString().strip(), left, right, Glyphs.baseline(line.get(0)), size, em,
                            OcrReadings.of(members)));
                    text.setLength(0);
                    members.clear();
                    em = 0;
                }
                if (text.isEmpty()) {
                    if (g.getText().isBlank()) {
                        continue;
                    }
                    left = g.getX();
                    size = Glyphs.size(g);
                }
                text.append(g.getText());
                members.add(g);
                em = Math.max(em, Math.max(g.getFontSize(), g.getHeight()));
                right = g.getX() + g.getWidth();
                size = Math.max(size, Glyphs.size(g));
                previousSize = g.getText().isBlank() ? previousSize : Glyphs.size(g);
            }
            if (!text.toString().isBlank()) {
                segments.add(new Segment(text.toString().strip(), left, right, Glyphs.baseline(line.get(0)), size, em,
                        OcrReadings.of(members)));
            }
            if (!segments.isEmpty()) {
                out.add(segments);
            }
        }
        return out;
    }
}
