package org.xxgk.cli;

import java.util.Locale;
import java.util.ResourceBundle;

/** The command line's own texts in its language, formatted like String.format. */
public final class CliTexts {

    private final ResourceBundle bundle;

    public CliTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static CliTexts of(Locale language) {
        return new CliTexts(CliLanguage.bundle(language));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... arguments) {
        return String.format(Locale.ROOT, bundle.getString(key), arguments);
    }
}
