package org.xxgk.cli.audit;

/** Lets tests see the key issuers are matched by. */
public final class YearContinuityAccess {

    private YearContinuityAccess() {
    }

    public static String key(String issuer) {
        return IssuerKey.of(issuer);
    }
}
