package io.github.schemaguard.report;

import io.github.schemaguard.LintResult;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.source.ddl.DdlReadStats;
import io.github.schemaguard.suppress.SuppressedFinding;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a lint result as build-log lines, in the form users of checkstyle and PMD already
 * read: {@code path/File.sql:[line,col] (rule-id) message}, the fix indented below it, then one
 * summary line. Findings come sorted from the engine, so the same input gives the same text.
 */
public final class ConsoleReport {

    private static final String INDENT = "    ";
    private static final String FIX_LABEL = "Fix: ";
    static final String BASELINED_TAG = " (baselined)";

    private ConsoleReport() {
    }

    /**
     * Every finding with its fix, at the finding's own severity, then the summary at info.
     * Baselined findings are listed at info with a {@code (baselined)} tag: known, but not failing.
     */
    public static List<ConsoleLine> lines(LintResult result) {
        List<ConsoleLine> lines = new ArrayList<>();
        for (Finding finding : result.findings()) {
            lines.addAll(listed(finding, result));
        }
        // Silenced findings stay visible, at info, with the reason the suppression gives
        result.suppressed().forEach(suppressed -> lines.addAll(suppressed(suppressed)));
        lines.add(new ConsoleLine(Severity.INFO, summary(result)));
        return lines;
    }

    /** One finding: its line, any further message lines, then the fix, all at the finding's severity. */
    public static List<ConsoleLine> finding(Finding finding) {
        return finding(finding, finding.severity(), "");
    }

    /** A finding of the result: at its severity, or at info with a {@code (baselined)} tag when the baseline has it. */
    public static List<ConsoleLine> listed(Finding finding, LintResult result) {
        return result.isBaselined(finding) ? finding(finding, Severity.INFO, BASELINED_TAG) : finding(finding);
    }

    /** A suppressed finding, at info, tagged with the reason of its suppression. */
    public static List<ConsoleLine> suppressed(SuppressedFinding suppressed) {
        return finding(suppressed.finding(), Severity.INFO, " (suppressed: " + suppressed.shownReason() + ")");
    }

    private static List<ConsoleLine> finding(Finding finding, Severity level, String tag) {
        List<ConsoleLine> lines = new ArrayList<>();
        List<String> message = finding.message().lines().toList();
        lines.add(new ConsoleLine(level, finding.location().render() + " (" + finding.ruleId() + ")" + tag + " "
                + (message.isEmpty() ? "" : message.get(0))));
        message.stream().skip(1).forEach(text -> lines.add(new ConsoleLine(level, INDENT + text)));
        if (finding.fix() != null && !finding.fix().isBlank()) {
            List<String> fix = finding.fix().strip().lines().toList();
            lines.add(new ConsoleLine(level, INDENT + FIX_LABEL + fix.get(0)));
            // Continuation lines line up under the first line of the fix, so multi-statement fixes stay readable.
            String continuation = INDENT + " ".repeat(FIX_LABEL.length());
            fix.stream().skip(1).forEach(text -> lines.add(new ConsoleLine(level, continuation + text)));
        }
        return lines;
    }

    /** What was read and what was found, e.g. for a reviewer who sees no findings and wonders why. */
    public static String summary(LintResult result) {
        DdlReadStats stats = result.stats();
        return "schemaguard: " + plural(stats.files(), "file") + " read, "
                + plural(stats.statements(), "statement") + " read, "
                + stats.skipped() + " skipped (not about the schema), "
                + stats.notUnderstood() + " not understood; "
                + (stats.applicationFiles() == 0 ? "" : plural(stats.applicationFiles(), "application SQL file")
                + " read, " + plural(stats.applicationStatements(), "application statement") + " checked; ")
                + "findings: " + bySeverity(result)
                + (result.baselined().isEmpty() ? "" : " (" + baselinedCount(result) + " of them baselined)")
                + suppressedCounts(result);
    }

    /** How many findings were suppressed, by comments and by the POM's excludes; nothing when none. */
    private static String suppressedCounts(LintResult result) {
        if (result.suppressed().isEmpty()) {
            return "";
        }
        long inSource = result.suppressed().stream().filter(s -> s.kind() == SuppressedFinding.Kind.IN_SOURCE).count();
        return "; suppressed: " + inSource + " by comments, " + (result.suppressed().size() - inSource) + " by excludes";
    }

    private static long baselinedCount(LintResult result) {
        return result.findings().stream().filter(result::isBaselined).count();
    }

    /** Counts for every severity, most severe first, zeros included so the shape never changes. */
    static String bySeverity(LintResult result) {
        List<String> parts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            parts.add(count(result.count(severity), severity));
        }
        return String.join(", ", parts);
    }

    static String count(long n, Severity severity) {
        // "info" is a mass noun: "2 info", but "2 errors", "2 warnings".
        return severity == Severity.INFO ? n + " info" : plural(n, severity.label());
    }

    /** Said when the DDL directory is absent: nothing to check is not a failure, but it may be a typo. */
    public static String missingDirectory(String ddlDirectory) {
        return "schemaguard: DDL directory " + ddlDirectory + " does not exist, nothing to check"
                + " (set <ddlDirectory> or -Dschemaguard.ddlDirectory to where the migrations are)";
    }

    /** Said instead of the report when the check is switched off. */
    public static String skipped() {
        return "schemaguard: check skipped (schemaguard.skip=true)";
    }

    public static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
