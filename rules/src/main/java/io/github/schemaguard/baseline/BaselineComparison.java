package io.github.schemaguard.baseline;

import io.github.schemaguard.rule.Finding;

import java.util.List;

/**
 * A lint result held against a baseline.
 *
 * @param fresh     findings the baseline does not cover: these decide the verdict
 * @param baselined findings the baseline accepts: still reported, never failing
 * @param stale     entries that match no finding any more: the baseline can shrink
 */
public record BaselineComparison(List<Finding> fresh, List<Finding> baselined, List<BaselineEntry> stale) {

    public BaselineComparison {
        fresh = List.copyOf(fresh);
        baselined = List.copyOf(baselined);
        stale = List.copyOf(stale);
    }

    /** One line per stale entry, telling the user how to get rid of it. */
    public List<String> staleMessages(String baselineFile) {
        return stale.stream()
                .map(entry -> "schemaguard: stale baseline entry " + entry.fingerprint() + " in " + baselineFile
                        + " (no longer found): run schemaguard:baseline to shrink the file")
                .toList();
    }
}
