package org.xxgk.extract.rtf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.grid.Block;
import org.xxgk.grid.Grid;
import org.xxgk.grid.Slot;

class RtfReaderTest {

    private static List<Block> read(String rtf) throws Exception {
        return new RtfReader(rtf.getBytes(StandardCharsets.ISO_8859_1)).read();
    }

    /** GBK text as RTF writes it in code page 936: every byte as \'hh. */
    private static String gbk(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(Charset.forName("GBK"))) {
            out.append(String.format("\\'%02x", b & 0xFF));
        }
        return out.toString();
    }

    private static List<List<String>> cells(Grid grid) {
        return grid.rows().stream().map(r -> r.stream().map(s -> (s.origin() ? "" : "^") + s.cell().text()).toList()).toList();
    }

    @Test
    void codePageTextAndParagraphs() throws Exception {
        List<Block> blocks = read("{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0\\fcharset134 " + gbk("宋体") + ";}}\\f0 "
                + gbk("一、总体情况") + "\\par " + gbk("本年度") + "\\par}");
        assertEquals("一、总体情况", ((Block.Paragraph) blocks.get(0)).text());
        assertEquals("本年度", ((Block.Paragraph) blocks.get(1)).text());
    }

    @Test
    void unicodeEscapesSkipTheirFallback() throws Exception {
        List<Block> blocks = read("{\\rtf1\\ansi\\uc1 \\u35268?\\u31456?\\par}");
        assertEquals("规章", ((Block.Paragraph) blocks.get(0)).text());
    }

    @Test
    void legacyHorizontalAndVerticalMergesBecomeSpans() throws Exception {
        String row1 = "\\trowd\\clmgf\\cellx1000\\clmrg\\cellx2000\\clvmgf\\cellx3000"
                + "\\pard\\intbl A\\cell \\cell B\\cell\\row";
        String row2 = "\\trowd\\cellx1000\\cellx2000\\clvmrg\\cellx3000"
                + "\\pard\\intbl 1\\cell 2\\cell \\cell\\row";
        List<Block> blocks = read("{\\rtf1\\ansi " + row1 + row2 + "\\pard after\\par}");
        Grid grid = assertInstanceOf(Block.Table.class, blocks.get(0)).grid();
        assertEquals(List.of(List.of("A", "^A", "B"), List.of("1", "2", "^B")), cells(grid));
        Slot covered = grid.rows().get(1).get(2);
        assertEquals(true, covered.coveredFromAbove());
        assertEquals("after", ((Block.Paragraph) blocks.get(1)).text());
    }

    @Test
    void fieldCodesPicturesAndFontTablesAreNotText() throws Exception {
        List<Block> blocks = read("{\\rtf1{\\fonttbl{\\f0 Arial;}}{\\*\\generator x;}{\\field{\\*\\fldinst PAGE}{\\fldrslt 3}}"
                + "{\\pict\\pngblip 89504e47}text\\par}");
        assertEquals("3text", ((Block.Paragraph) blocks.get(0)).text());
    }

    @Test
    void hostileNestingIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(org.xxgk.extract.ExtractionException.class,
                () -> read("{\\rtf1" + "{".repeat(10_000)));
    }
}
