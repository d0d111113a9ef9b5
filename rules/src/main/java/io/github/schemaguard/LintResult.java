package io.github.schemaguard;

import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.source.ddl.DdlReadStats;
import io.github.schemaguard.suppress.SuppressedFinding;

import java.util.List;
import java.util.Set;

/**
 * Findings in report order, and what was read to produce them.
 *
 * @param baselined fingerprints a baseline accepts (empty without one): such findings are reported, but never fail
 * @param suppressed findings an inline suppression comment silenced: not in {@code findings}, never failing
 */
public record LintResult(List<Finding> findings, DdlReadStats stats, Set<String> baselined,
                         List<SuppressedFinding> suppressed) {

    public LintResult {
        findings = List.copyOf(findings);
        baselined = Set.copyOf(baselined);
        suppressed = List.copyOf(suppressed);
    }

    public LintResult(List<Finding> findings, DdlReadStats stats) {
        this(findings, stats, Set.of());
    }

    public LintResult(List<Finding> findings, DdlReadStats stats, Set<String> baselined) {
        this(findings, stats, baselined, List.of());
    }

    /** The same findings, those with one of the given fingerprints marked as baselined. */
    public LintResult withBaselined(Set<String> fingerprints) {
        return new LintResult(findings, stats, fingerprints, suppressed);
    }

    /** The same findings, with the given suppressed ones alongside. */
    public LintResult withSuppressed(List<SuppressedFinding> suppressedFindings) {
        return new LintResult(findings, stats, baselined, suppressedFindings);
    }

    public boolean isBaselined(Finding finding) {
        return baselined.contains(finding.fingerprint());
    }

    /** Findings at or above the threshold that no baseline accepts: these fail the build. */
    public long countNewAtLeast(Severity threshold) {
        return findings.stream().filter(f -> f.severity().atLeast(threshold) && !isBaselined(f)).count();
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public long countAtLeast(Severity threshold) {
        return findings.stream().filter(f -> f.severity().atLeast(threshold)).count();
    }
}
