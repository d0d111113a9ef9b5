package io.github.schemaguard;

import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.source.ddl.DdlReadStats;
import io.github.schemaguard.suppress.SuppressedFinding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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

    /** Nothing read, nothing found. */
    public static final LintResult EMPTY = new LintResult(List.of(), new DdlReadStats(0, 0, 0, 0));

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

    /** This result and another source's together, in report order. */
    public LintResult plus(LintResult other) {
        List<Finding> allFindings = new ArrayList<>(findings);
        allFindings.addAll(other.findings);
        allFindings.sort(Finding.ORDER);
        List<SuppressedFinding> allSuppressed = new ArrayList<>(suppressed);
        allSuppressed.addAll(other.suppressed);
        allSuppressed.sort(Comparator.comparing(SuppressedFinding::finding, Finding.ORDER));
        Set<String> allBaselined = new HashSet<>(baselined);
        allBaselined.addAll(other.baselined);
        return new LintResult(allFindings, stats.plus(other.stats), allBaselined, allSuppressed);
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
