package org.xxgk.model;

/** The text of sections 一, 五 and 六, each null when the document lacks it. */
public record Narrative(String overview, String problemsAndImprovements, String otherMatters) {

    public static final Narrative NONE = new Narrative(null, null, null);
}
