package org.xxgk.model;

/** The input file: its name only (never a path), detected type, content hash and page count. */
public record SourceInfo(String file, String mediaType, String sha256, Integer pages) {
}
