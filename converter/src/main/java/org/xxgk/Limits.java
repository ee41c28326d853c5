package org.xxgk;

/**
 * What one conversion may consume, so a hostile or broken file fails clearly instead of
 * exhausting memory or time. A government report is a few MB, a dozen pages and a few hundred
 * table cells; the defaults leave a wide margin. (The time limit is the caller's: the command
 * line and the server run each conversion under --timeout.)
 */
public record Limits(long maxBytes, int maxPages, int maxCells) {

    public static final Limits DEFAULT = new Limits(100L * 1024 * 1024, 500, 50_000);
}
