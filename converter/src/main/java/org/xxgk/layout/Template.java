package org.xxgk.layout;

/** The two official table layouts, named by the year they took effect. */
public enum Template {
    T2019("2019"), T2021("2021");

    private final String id;

    Template(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
