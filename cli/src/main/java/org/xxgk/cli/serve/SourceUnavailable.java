package org.xxgk.cli.serve;

/** A 查看原文 request the file cannot answer (no such page or row, a format without pages); the message is for the user. */
final class SourceUnavailable extends Exception {
    SourceUnavailable(String message) {
        super(message, null, false, false);
    }
}
