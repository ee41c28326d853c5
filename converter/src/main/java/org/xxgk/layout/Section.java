package org.xxgk.layout;

import java.util.List;
import org.xxgk.normalize.LabelKey;

/** The six sections of the report, with the heading each is printed under. */
public enum Section {
    OVERVIEW("一", "总体情况"),
    ACTIVE_DISCLOSURE("二", "主动公开政府信息情况"),
    APPLICATIONS("三", "收到和处理政府信息公开申请情况"),
    REVIEW_LITIGATION("四", "政府信息公开行政复议、行政诉讼情况", "政府信息公开行政复议和行政诉讼情况"),
    PROBLEMS("五", "存在的主要问题及改进情况", "存在的主要问题和改进情况"),
    OTHER_MATTERS("六", "其他需要报告的事项");

    private final String numeral;
    private final String heading;
    private final String headingKey;
    private final List<String> headings;

    Section(String numeral, String heading, String... variants) {
        this.numeral = numeral;
        this.heading = heading;
        this.headingKey = LabelKey.of(heading);
        List<String> all = new java.util.ArrayList<>(List.of(heading));
        all.addAll(List.of(variants));
        this.headings = List.copyOf(all);
    }

    /** The heading and the variants publishers print instead of it. */
    public List<String> headings() {
        return headings;
    }

    public String numeral() {
        return numeral;
    }

    public String heading() {
        return heading;
    }

    public String headingKey() {
        return headingKey;
    }

    public static final List<Section> TABLES = List.of(ACTIVE_DISCLOSURE, APPLICATIONS, REVIEW_LITIGATION);
}
