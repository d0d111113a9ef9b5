package io.github.schemaguard.report;

import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.source.ddl.DdlReadStats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the HTML report shows, as plain values the template only places and escapes: every decision
 * (wording, order, counts, grouping) is made here, so the page is the same for the same input.
 */
record HtmlPage(String tool, String version, Verdict verdict, String readSummary, List<Total> totals,
                List<RuleRow> rules, String silentRules, List<HtmlFindingGroups.Group> groups) {

    /** Whether the result fails the build at {@code failOn}, and why. */
    record Verdict(boolean failing, String headline, String detail) {
    }

    /** How many findings have a severity, or are baselined or suppressed ({@code kind}). */
    record Total(String kind, String label, long count) {
    }

    /** A rule that found something: its findings by status, and what the rule is about. */
    record RuleRow(String ruleId, String severity, String summary, String docsLink, long findings,
                   long baselined, long suppressed) {
    }

    static HtmlPage of(ReportInput input) {
        List<HtmlFinding> findings = HtmlFinding.all(input);
        List<RuleRow> rules = ruleRows(findings, input);
        return new HtmlPage(ReportInput.TOOL_NAME, input.toolVersion(), verdict(input),
                readSummary(input.result().stats()), totals(findings), rules, silentRules(input, rules),
                HtmlFindingGroups.of(findings));
    }

    static Map<String, Rule> ruleIds(ReportInput input) {
        return input.rules().stream().collect(Collectors.toMap(r -> r.metadata().id(), Function.identity()));
    }

    /**
     * Reported findings by severity (baselined ones included, as the build log counts them), then how
     * many are baselined and how many suppressed; zeros included so the summary keeps its shape.
     */
    static List<Total> totals(List<HtmlFinding> findings) {
        List<Total> totals = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            long count = findings.stream()
                    .filter(f -> !f.suppressed() && f.finding().severity() == severity).count();
            String label = severity == Severity.INFO ? "info" : severity.label() + (count == 1 ? "" : "s");
            totals.add(new Total(severity.label(), label, count));
        }
        totals.add(new Total("baselined", "baselined", findings.stream().filter(HtmlFinding::baselined).count()));
        totals.add(new Total("suppressed", "suppressed", findings.stream().filter(HtmlFinding::suppressed).count()));
        return totals;
    }

    private static Verdict verdict(ReportInput input) {
        long failing = input.failOn().reached(input.result());
        String threshold = " at or above failOn=" + input.failOn().label()
                + (input.result().baselined().isEmpty() ? "" : " not in the baseline") + ".";
        return failing > 0
                ? new Verdict(true, "Fails the build", ConsoleReport.plural(failing, "finding") + threshold)
                : new Verdict(false, "Passes", "No finding" + threshold);
    }

    private static String readSummary(DdlReadStats stats) {
        return ConsoleReport.plural(stats.files(), "file") + " and "
                + ConsoleReport.plural(stats.statements(), "statement") + " read; " + stats.skipped()
                + " skipped (not about the schema), " + stats.notUnderstood() + " not understood.";
    }

    /** Rules that found something, most severe first, then by id. */
    private static List<RuleRow> ruleRows(List<HtmlFinding> findings, ReportInput input) {
        Map<String, Rule> rules = ruleIds(input);
        Map<String, List<HtmlFinding>> byRule = findings.stream()
                .collect(Collectors.groupingBy(HtmlFinding::ruleId, TreeMap::new, Collectors.toList()));
        return byRule.entrySet().stream()
                .map(e -> ruleRow(e.getKey(), e.getValue(), rules.get(e.getKey()), input))
                .sorted(Comparator.comparing((RuleRow row) -> Severity.parse(row.severity())))
                .toList();
    }

    private static RuleRow ruleRow(String ruleId, List<HtmlFinding> findings, Rule rule, ReportInput input) {
        Severity worst = findings.stream().map(f -> f.finding().severity()).min(Comparator.naturalOrder())
                .orElseThrow();
        return new RuleRow(ruleId, worst.label(), rule == null ? "" : rule.metadata().summary(),
                input.absoluteDocsLink(ruleId), findings.stream().filter(f -> !f.suppressed()).count(),
                findings.stream().filter(HtmlFinding::baselined).count(),
                findings.stream().filter(HtmlFinding::suppressed).count());
    }

    /** The rules that found nothing are left out of the rule table; this says how many there are. */
    private static String silentRules(ReportInput input, List<RuleRow> rows) {
        Set<String> listed = rows.stream().map(RuleRow::ruleId).collect(Collectors.toSet());
        long silent = input.rules().stream().filter(rule -> !listed.contains(rule.metadata().id())).count();
        String ran = ConsoleReport.plural(input.rules().size(), "rule") + " ran";
        if (silent == input.rules().size()) {
            return ran + "; none found anything.";
        }
        return ran + (silent == 0 ? "; each found something." : "; " + silent + " found nothing (not listed).");
    }
}
