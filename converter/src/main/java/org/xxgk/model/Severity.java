package org.xxgk.model;

public enum Severity {
    ERROR, WARNING;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
