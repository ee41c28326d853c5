package org.xxgk.cli.audit;

import java.util.Locale;
import org.xxgk.normalize.Script;
import org.xxgk.normalize.Width;

/**
 * The name an issuer is matched by across years: simplified script, no spaces or punctuation,
 * and without the endings one office's reports vary in (通榆县人民政府办公室, 通榆县人民政府 and
 * 通榆縣人民政府 are all 通榆县).
 */
final class IssuerKey {

    private static final String[] ENDINGS = {"办公室", "办公厅", "人民政府", "政府"};

    private IssuerKey() {
    }

    static String of(String issuer) {
        String key = Width.fold(Script.toSimplified(issuer)).replaceAll("[\\s\\p{P}]", "").toLowerCase(Locale.ROOT);
        boolean cut = true;
        while (cut) {
            cut = false;
            for (String ending : ENDINGS) {
                if (key.endsWith(ending) && key.length() > ending.length()) {
                    key = key.substring(0, key.length() - ending.length());
                    cut = true;
                }
            }
        }
        return key;
    }
}
