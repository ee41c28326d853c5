package org.xxgk.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * One row (or group of rows) of an official table: its JSON key, its printed label, other
 * labels publishers use for it, and its sub-rows when it is a group.
 */
public record RowDef(String key, String label, List<String> aliases, List<RowDef> children) {

    public RowDef {
        aliases = List.copyOf(aliases);
        children = List.copyOf(children);
    }

    public static RowDef row(String key, String label, String... aliases) {
        return new RowDef(key, label, List.of(aliases), List.of());
    }

    public static RowDef group(String key, String label, List<String> aliases, RowDef... children) {
        return new RowDef(key, label, aliases, List.of(children));
    }

    public boolean isGroup() {
        return !children.isEmpty();
    }

    /** Every name the row is printed under: its label, then its aliases. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(label);
        names.addAll(aliases);
        return names;
    }
}
