package org.xxgk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Matches a printed label against a fixed list of known labels by their {@link LabelKey}s:
 * exactly, by a known label being the start of a longer printed one (部分公开（区分处理的…）),
 * or, for labels of four or more characters, within a small edit distance (a typo such as
 * 其他法律行政止公开). Ambiguous near-matches are refused rather than guessed.
 */
public final class LabelMatcher<T> {

    /** The target a label matched, the known label text, and whether the match was exact. */
    public record Match<T>(T target, String knownKey, boolean exact) {
    }

    private record Candidate<T>(String key, T target) {
    }

    private static final int MIN_FUZZY_LENGTH = 4;

    private final List<Candidate<T>> candidates = new ArrayList<>();

    public LabelMatcher<T> add(String labelText, T target) {
        candidates.add(new Candidate<>(LabelKey.of(labelText), target));
        return this;
    }

    public Optional<Match<T>> match(String labelText) {
        return matchKey(LabelKey.of(labelText));
    }

    public Optional<Match<T>> matchKey(String key) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (Candidate<T> c : candidates) {
            if (c.key.equals(key)) {
                return Optional.of(new Match<>(c.target, c.key, true));
            }
        }
        Candidate<T> longestPrefix = null;
        for (Candidate<T> c : candidates) {
            if (c.key.length() >= MIN_FUZZY_LENGTH && key.startsWith(c.key)
                    && (longestPrefix == null || c.key.length() > longestPrefix.key.length())) {
                longestPrefix = c;
            }
        }
        if (longestPrefix != null) {
            return Optional.of(new Match<>(longestPrefix.target, longestPrefix.key, true));
        }
        return fuzzy(key);
    }

    private Optional<Match<T>> fuzzy(String key) {
        if (key.length() < MIN_FUZZY_LENGTH - 1) {
            return Optional.empty();
        }
        Candidate<T> best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (Candidate<T> c : candidates) {
            if (c.key.length() < MIN_FUZZY_LENGTH) {
                continue;
            }
            int limit = Math.max(1, c.key.length() / 4);
            int distance = new LevenshteinDistance(limit).apply(key, c.key);
            if (distance < 0) {
                continue;
            }
            if (distance < bestDistance) {
                best = c;
                bestDistance = distance;
                tie = false;
            } else if (distance == bestDistance && best.target != c.target) {
                tie = true;
            }
        }
        if (best == null || tie) {
            return Optional.empty();
        }
        return Optional.of(new Match<>(best.target, best.key, false));
    }
}
