package org.xxgk.layout;

import java.util.ArrayList;
import java.util.List;
import org.xxgk.normalize.LabelKey;

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

    /** The keys this row is recognised by: its label's and every alias's. */
    public List<String> matchKeys() {
        List<String> keys = new ArrayList<>();
        keys.add(LabelKey.of(label));
        for (String alias : aliases) {
            keys.add(LabelKey.of(alias));
        }
        return keys;
    }
}
