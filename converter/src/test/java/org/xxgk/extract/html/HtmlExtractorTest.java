package org.xxgk.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.extract.ExtractionException;
import org.xxgk.grid.Block;
import org.xxgk.grid.ExtractedDocument;
import org.xxgk.grid.Slot;

class HtmlExtractorTest {

    private static ExtractedDocument read(String html) throws ExtractionException {
        return new HtmlExtractor().extract(html.getBytes(StandardCharsets.UTF_8));
    }

    private static List<List<String>> rows(Block block) {
        return assertInstanceOf(Block.Table.class, block).grid().rows().stream()
                .map(r -> r.stream().map(Slot::cell).map(c -> c.text()).toList())
                .toList();
    }

    @Test
    void tableKeepsSpansAndLineBreaksInCells() throws ExtractionException {
        ExtractedDocument doc = read("""
                <html><body>
                <p>三、收到和处理政府信息公开申请情况</p>
                <table>
                  <tr><td rowspan="2">三、本年<br>度办理结果</td><td colspan="2"><p>（一）予以</p><p>公开</p></td><td>5</td></tr>
                  <tr><td rowspan="1">（三）不予公开</td><td>1.属于国家秘密</td><td>&nbsp;</td></tr>
                </table>
                </body></html>""");
        assertEquals("三、收到和处理政府信息公开申请情况", ((Block.Paragraph) doc.blocks().get(0)).text());
        assertEquals(List.of(
                List.of("三、本年\n度办理结果", "（一）予以\n公开", "（一）予以\n公开", "5"),
                List.of("三、本年\n度办理结果", "（三）不予公开", "1.属于国家秘密", "")), rows(doc.blocks().get(1)));
        Block.Table table = (Block.Table) doc.blocks().get(1);
        assertEquals(5, table.grid().rows().get(1).get(1).cell().at().line());
    }

    @Test
    void layoutTableIsReadThroughAndFurnitureAroundTheReportIsLeftOut() throws ExtractionException {
        ExtractedDocument doc = read("""
                <html><body>
                <div class="nav">首页 | 政务公开</div>
                <table><tr><td>
                  <div class="content">
                    <p>一、总体情况</p><p>本年度……</p>
                    <p>二、主动公开政府信息情况</p>
                    <table><tr><td>规章</td><td>1</td></tr></table>
                    <p>六、其他需要报告的事项</p><p>无。</p>
                  </div>
                </td></tr></table>
                <div class="footer">主办单位：某县人民政府办公室 备案号：某ICP备0000号</div>
                </body></html>""");
        List<String> paragraphs = doc.blocks().stream()
                .filter(b -> b instanceof Block.Paragraph).map(b -> ((Block.Paragraph) b).text()).toList();
        assertEquals(List.of("一、总体情况", "本年度……", "二、主动公开政府信息情况", "六、其他需要报告的事项", "无。"), paragraphs);
        assertEquals(List.of(List.of("规章", "1")), rows(doc.blocks().get(3)));
    }

    @Test
    void hostileSpansAreCapped() throws ExtractionException {
        ExtractedDocument doc = read("<table><tr><td colspan=\"999999\">x</td><td rowspan=\"-3\">y</td></tr></table>");
        List<List<String>> rows = rows(doc.blocks().get(0));
        assertEquals(1001, rows.get(0).size());
        assertEquals("y", rows.get(0).get(1000));
    }

    @Test
    void gbkPageWithMetaCharsetIsDecoded() throws Exception {
        String html = "<html><head><meta charset=\"gbk\"></head><body><p>一、总体情况</p></body></html>";
        ExtractedDocument doc = new HtmlExtractor().extract(html.getBytes(java.nio.charset.Charset.forName("GBK")));
        assertEquals("一、总体情况", ((Block.Paragraph) doc.blocks().get(0)).text());
    }
}
