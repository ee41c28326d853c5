package org.xxgk.grid;

/**
 * Where a cell or paragraph came from in the source, so findings can point a person at it.
 * Either coordinate may be null when the format has no such notion (a web page has no pages).
 */
public record Provenance(Integer page, Integer line) {

    public static final Provenance UNKNOWN = new Provenance(null, null);

    public static Provenance line(int line) {
        return new Provenance(null, line);
    }

    public static Provenance page(int page) {
        return new Provenance(page, null);
    }

    /** A short Chinese description for messages, e.g. "第3页" or "第120行"; empty when unknown. */
    public String describe() {
        if (page != null && line != null) {
            return "第" + page + "页第" + line + "行";
        }
        if (page != null) {
            return "第" + page + "页";
        }
        if (line != null) {
            return "第" + line + "行";
        }
        return "";
    }
}
