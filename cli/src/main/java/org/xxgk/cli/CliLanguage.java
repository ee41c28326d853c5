package org.xxgk.cli;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The language of the command line: Chinese unless the user asked for English. English is asked
 * for by {@code -Duser.language=en} given to the JVM, or else by the first of LC_ALL, LC_MESSAGES
 * and LANG that is set (POSIX order) naming English. The JVM's own default locale is not used: it
 * says English under LANG=C, which is a terminal's setting, not a reader's choice.
 */
public final class CliLanguage {

    private static final String BUNDLE = "org.xxgk.cli.Messages";

    private CliLanguage() {
    }

    /** The language of this process's environment. */
    public static Locale current() {
        return of(System.getenv(), ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    static Locale of(Map<String, String> env, List<String> jvmArguments) {
        for (String argument : jvmArguments) {
            if (argument.startsWith("-Duser.language=")) {
                return choose(argument.substring("-Duser.language=".length()));
            }
        }
        for (String variable : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                return choose(value);
            }
        }
        return Locale.CHINESE;
    }

    /** en, en_US.UTF-8, en-GB: English; anything else (zh_CN, C, POSIX): Chinese. */
    private static Locale choose(String setting) {
        String language = setting.strip().toLowerCase(Locale.ROOT);
        return language.equals("en") || language.startsWith("en_") || language.startsWith("en-") || language.startsWith("en.")
                ? Locale.ENGLISH : Locale.CHINESE;
    }

    /** The command line's texts in that language (Messages.properties is Chinese, Messages_en English). */
    public static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
