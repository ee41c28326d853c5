/**
 * Typed reading of a report's three tables, beside the map of values keyed by JSON Pointer
 * ({@link org.xxgk.model.Tables#values()}): {@code report.applications().newReceived().naturalPerson()}
 * is the value at {@code /applications/new_received/natural_person}. Each method is named after
 * the key it reads (camelCase of the snake_case key), and a test walks every method against the
 * official layouts and the canonical JSON of every test document, so the two cannot drift apart.
 * A value the canonical JSON has as null (missing, a section the document lacks, the other
 * template's column) reads as null; counts are {@link java.lang.Long}, money amounts
 * {@link java.math.BigDecimal} with their printed scale.
 */
package org.xxgk.model.read;
