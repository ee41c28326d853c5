package org.xxgk.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tesseract's TSV as it prints it for a list of pictures. */
class TsvWordsTest {

    private static final String TSV = String.join("\n",
            "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
            "1\t1\t0\t0\t0\t0\t0\t0\t120\t50\t-1\t",
            "4\t1\t1\t1\t1\t0\t12\t12\t80\t30\t-1\t",
            "5\t1\t1\t1\t1\t1\t12\t12\t40\t30\t96.5\t3119",
            "5\t1\t1\t1\t1\t2\t60\t12\t30\t30\t42.0\t件",
            "1\t2\t0\t0\t0\t0\t0\t0\t120\t50\t-1\t",
            "5\t3\t1\t1\t2\t1\t5\t6\t7\t8\t-1\t ",
            "5\t3\t1\t2\t1\t1\t5\t6\t7\t8\t71.25\t总计",
            "");

    @Test
    void wordsGoToTheirPicturesWithBoxesAndConfidence() {
        List<List<OcrWord>> pages = TsvWords.parse(TSV, 3);
        assertEquals(List.of(new OcrWord("3119", 12, 12, 40, 30, 1, 1, 1, 0.965), new OcrWord("件", 60, 12, 30, 30, 1, 1, 1, 0.42)),
                pages.get(0));
        assertEquals(List.of(), pages.get(1), "a picture with nothing on it");
        assertEquals(List.of(new OcrWord("总计", 5, 6, 7, 8, 1, 2, 1, 0.7125)), pages.get(2), "blank words dropped");
    }

    @Test
    void theLastPictureStartedIsTheOneThatStoppedTheEngine() {
        assertEquals(2, TsvWords.lastPage("Page 0 : /tmp/a/1.pgm\nPage 1 : /tmp/a/4.pgm\nPage 2 : /tmp/a/9.pgm\n"));
        assertEquals(-1, TsvWords.lastPage("Error opening data file chi_sim.traineddata\n"));
    }
}
