package io.github.schemaguard.report;

import io.github.schemaguard.LintResult;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.source.ddl.DdlReadStats;
import io.github.schemaguard.suppress.SuppressedFinding;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings as data ({@code schemaguard.json}), for scripts and dashboards: active findings first, then the
 * suppressed ones, each with its {@code suppression}.
 */
final class JsonReport implements ReportWriter {

    record Document(Tool tool, Summary summary, List<Item> findings) {
    }

    record Tool(String name, String version) {
    }

    /**
     * @param applicationFiles      mapper XML, DML and Java files that held application SQL
     * @param applicationStatements application SQL statements checked
     * @param failing               how many findings reach {@code failOn}, i.e. whether this result fails the build
     * @param suppressed            how many findings suppressions silenced; the severity counts leave them out
     */
    record Summary(int files, int statements, int skipped, int notUnderstood, int applicationFiles,
                   int applicationStatements, long errors, long warnings, long info, String failOn, long failing,
                   int suppressed) {
    }

    /**
     * {@code line} and {@code column} are absent for findings without a file position,
     * {@code baselined} when no baseline is in use, {@code suppression} unless a suppression silenced it.
     */
    record Item(String ruleId, String severity, String file, Integer line, Integer column, String objectPath,
                String message, String fix, String fingerprint, Boolean baselined, Suppression suppression) {
    }

    /**
     * @param kind {@code inSource} (a comment, at {@code file} and {@code line}) or {@code external} (the POM's excludes)
     */
    record Suppression(String kind, String reason, String file, Integer line) {
    }

    @Override
    public void write(ReportInput input, OutputStream out) throws IOException {
        LintResult result = input.result();
        DdlReadStats stats = result.stats();
        Summary summary = new Summary(stats.files(), stats.statements(), stats.skipped(), stats.notUnderstood(),
                stats.applicationFiles(), stats.applicationStatements(), result.count(Severity.ERROR), result.count(Severity.WARNING), result.count(Severity.INFO),
                input.failOn().label(), input.failOn().reached(result), result.suppressed().size());
        List<Item> findings = new ArrayList<>();
        result.findings().forEach(f -> findings.add(item(f, result, null)));
        result.suppressed().forEach(s -> findings.add(item(s.finding(), result, suppression(s))));
        Json.write(new Document(new Tool(ReportInput.TOOL_NAME, input.toolVersion()), summary, findings), out);
    }

    private static Item item(Finding f, LintResult result, Suppression suppression) {
        boolean positioned = f.location().hasPosition();
        return new Item(f.ruleId(), f.severity().label(), f.location().file(),
                positioned ? f.location().line() : null, positioned ? f.location().column() : null,
                f.objectPath(), f.message(), f.fix(), f.fingerprint(),
                result.baselined().isEmpty() ? null : result.isBaselined(f), suppression);
    }

    private static Suppression suppression(SuppressedFinding suppressed) {
        Location comment = suppressed.suppressedAt();
        return new Suppression(suppressed.kind().label(), suppressed.shownReason(),
                comment.hasPosition() ? comment.file() : null, comment.hasPosition() ? comment.line() : null);
    }
}
