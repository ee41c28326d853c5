package org.xxgk.extract;

import java.util.List;
import java.util.Optional;
import org.xxgk.extract.html.HtmlExtractor;
import org.xxgk.extract.text.TextDumpExtractor;

/** The extractors xxgk has, asked in turn; a format is added by adding its extractor here. */
public final class Extractors {

    private final List<Extractor> extractors;

    public Extractors(List<Extractor> extractors) {
        this.extractors = List.copyOf(extractors);
    }

    public static Extractors standard() {
        return new Extractors(List.of(new HtmlExtractor(), new TextDumpExtractor()));
    }

    public Optional<Extractor> forMediaType(String mediaType) {
        return extractors.stream().filter(e -> e.supports(mediaType)).findFirst();
    }
}
