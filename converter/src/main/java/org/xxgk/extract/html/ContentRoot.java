package org.xxgk.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.xxgk.layout.SectionHeadings;

/**
 * Finds the part of a web page that holds the report: the smallest element containing its
 * section headings and data tables. Site navigation and footers (主办单位, 备案号) around it
 * would otherwise run into the last section's text.
 */
final class ContentRoot {

    private static final int MAX_HEADING_TEXT = 40;

    private ContentRoot() {
    }

    static Element find(Document document) {
        List<Element> anchors = new ArrayList<>();
        for (Element e : document.body().getAllElements()) {
            if (e.normalName().equals("table") && TableReader.isDataTable(e)) {
                anchors.add(e);
            } else if (isHeading(e)) {
                anchors.add(e);
            }
        }
        if (anchors.size() < 2) {
            return document.body();
        }
        Element root = anchors.get(0);
        for (Element anchor : anchors.subList(1, anchors.size())) {
            root = commonAncestor(root, anchor);
        }
        return root;
    }

    /** The innermost element whose whole text is a section heading (it has text of its own). */
    private static boolean isHeading(Element e) {
        if (e.ownText().isBlank()) {
            return false;
        }
        String text = e.text();
        if (text.isEmpty() || text.length() > MAX_HEADING_TEXT || !SectionHeadings.isHeading(text)) {
            return false;
        }
        for (Element child : e.children()) {
            if (child.text().equals(text)) {
                return false;
            }
        }
        return true;
    }

    private static Element commonAncestor(Element a, Element b) {
        List<Element> chain = new ArrayList<>();
        for (Element e = a; e != null; e = e.parent()) {
            chain.add(e);
        }
        for (Element e = b; e != null; e = e.parent()) {
            if (chain.contains(e)) {
                return e;
            }
        }
        return a.ownerDocument().body();
    }
}
