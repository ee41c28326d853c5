package org.xxgk.layout;

/** One column of an official table: its JSON key, its printed header and the kind of value. */
public record Field(String key, String label, ValueKind kind) {

    public static Field count(String key, String label) {
        return new Field(key, label, ValueKind.COUNT);
    }
}
