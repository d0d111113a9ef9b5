package io.github.schemaguard.baseline;

import io.github.schemaguard.rule.Finding;

import java.util.Comparator;

/**
 * One accepted finding. Only {@code fingerprint} is matched; the other fields are there so a
 * reviewer of the baseline file sees what was accepted without running the build.
 */
public record BaselineEntry(String fingerprint, String ruleId, String objectPath, String file, String message) {

    /** File order: by fingerprint, then file, so the same findings always give the same bytes. */
    static final Comparator<BaselineEntry> ORDER = Comparator
            .comparing(BaselineEntry::fingerprint)
            .thenComparing(BaselineEntry::file, Comparator.nullsFirst(Comparator.naturalOrder()));

    static BaselineEntry of(Finding finding) {
        return new BaselineEntry(finding.fingerprint(), finding.ruleId(), finding.objectPath(),
                finding.location().file(), finding.message());
    }
}
