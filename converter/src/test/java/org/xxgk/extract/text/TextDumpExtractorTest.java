package org.xxgk.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.grid.Block;
import org.xxgk.grid.ExtractedDocument;
import org.xxgk.grid.Slot;

class TextDumpExtractorTest {

    private static ExtractedDocument read(String text) {
        try {
            return new TextDumpExtractor().extract(text.getBytes(StandardCharsets.UTF_8));
        } catch (org.xxgk.extract.ExtractionException e) {
            throw new AssertionError(e);
        }
    }

    private static List<List<String>> rows(Block block) {
        return assertInstanceOf(Block.Table.class, block).grid().rows().stream()
                .map(r -> r.stream().map(Slot::cell).map(c -> c.text()).toList())
                .toList();
    }

    @Test
    void trailingPipeRowsFollowTheWidthOfThePaddedFirstRow() {
        ExtractedDocument doc = read(String.join("\n",
                "二、主动公开政府信息情况",
                "第二十条第(一)项 |",
                "|||",
                "信息内容 |", "本年制发件数 |", "本年废止件数 |", "现行有效件数 |",
                "规章 |", "0 |", "|", "5 |",
                "行政规范性文件 |", "1 |", "2 |", "3 |",
                "三、收到和处理政府信息公开申请情况"));
        assertEquals(3, doc.blocks().size());
        assertEquals(List.of(
                List.of("第二十条第(一)项", "", "", ""),
                List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
                List.of("规章", "0", "", "5"),
                List.of("行政规范性文件", "1", "2", "3")), rows(doc.blocks().get(1)));
        assertEquals(Integer.valueOf(2), ((Block.Table) doc.blocks().get(1)).at().line());
    }

    @Test
    void trailingPipeRowTheToolForgotToPadEndsWhereALabelFollowsValues() {
        ExtractedDocument doc = read(String.join("\n",
                "表头 |", "|||",
                "8.属于行政查询事项 |", "0 |", "0 |", "0 |",
                "三、本年度办理结果 |", "（四）无法提供 |", "1 |", "||"));
        assertEquals(List.of(
                List.of("表头", "", "", ""),
                List.of("8.属于行政查询事项", "0", "0", "0"),
                List.of("三、本年度办理结果", "（四）无法提供", "1", ""),
                List.of("")), rows(doc.blocks().get(0)));
    }

    @Test
    void leadingPipeRowsEndAtALoneBarAndKeepWrappedCells() {
        ExtractedDocument doc = read(String.join("\n",
                "三、收到和处理政府信息公开申请情况",
                "(二)部分公开(区分处理的,只",
                "计这一情形,不计其他情形)",
                "| 0",
                "| 7",
                "|",
                "| (五)不予处理",
                "| 1.信访举报投诉类申",
                "请",
                "| 2",
                "|",
                "四、政府信息公开行政复议、行政诉讼情况",
                "行政复议",
                "| 行政诉讼",
                "|",
                "五、存在的主要问题及改进情况",
                "无"));
        assertEquals("三、收到和处理政府信息公开申请情况", ((Block.Paragraph) doc.blocks().get(0)).text());
        assertEquals(List.of(
                List.of("(二)部分公开(区分处理的,只\n计这一情形,不计其他情形)", "0", "7"),
                List.of("", "(五)不予处理", "1.信访举报投诉类申\n请", "2")), rows(doc.blocks().get(1)));
        assertEquals("四、政府信息公开行政复议、行政诉讼情况", ((Block.Paragraph) doc.blocks().get(2)).text());
        assertEquals(List.of(List.of("行政复议", "行政诉讼")), rows(doc.blocks().get(3)));
        assertEquals("无", ((Block.Paragraph) doc.blocks().get(5)).text());
    }

    @Test
    void tabIndentedRowsEndAtBlankLinesButWrappedLabelsCrossThem() {
        ExtractedDocument doc = read(String.join("\n",
                "三、收到和处理政府信息公开申请情况",
                "\t",
                "\t（三）不予",
                "",
                "公开",
                "\t1.属于国家秘密",
                "\t1",
                "",
                "\t",
                "\t",
                "\t2.其他法律行政法规禁止公开",
                "\t2",
                "",
                "",
                "四、政府信息公开行政复议、行政诉讼情况"));
        assertEquals(List.of(
                List.of("", "（三）不予\n公开", "1.属于国家秘密", "1"),
                List.of("", "", "2.其他法律行政法规禁止公开", "2")), rows(doc.blocks().get(1)));
        assertInstanceOf(Block.Paragraph.class, doc.blocks().get(2));
    }

    @Test
    void plainTextWithoutTablesIsAllParagraphs() {
        ExtractedDocument doc = read("  一、总体情况\n\n  2020年,本机关……\n");
        assertEquals(2, doc.blocks().size());
        assertEquals("2020年,本机关……", ((Block.Paragraph) doc.blocks().get(1)).text());
    }

    @Test
    void gbkDumpsAreDecoded() throws Exception {
        byte[] gbk = "一、总体情况\n本年度".getBytes(Charset.forName("GBK"));
        ExtractedDocument doc = new TextDumpExtractor().extract(gbk);
        assertEquals("一、总体情况", ((Block.Paragraph) doc.blocks().get(0)).text());
    }
}
