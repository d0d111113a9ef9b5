package io.github.schemaguard.report;

import io.github.schemaguard.LintResult;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.FindingSubject;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.suppress.SuppressedFinding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One finding as the HTML report shows it: reported, baselined or suppressed, with its rule's rationale.
 *
 * @param failing    reaches {@code failOn} and no baseline accepts it: this one fails the build
 * @param statusNote why a baselined or suppressed finding does not fail the build, else {@code null}
 * @param rule       the rule that reported it, {@code null} when the input does not list it
 */
record HtmlFinding(Finding finding, Status status, boolean failing, String statusNote, Rule rule, String docsLink) {

    enum Status { REPORTED, BASELINED, SUPPRESSED }

    /** Reported findings and suppressed ones together, in report order. */
    static List<HtmlFinding> all(ReportInput input) {
        LintResult result = input.result();
        Map<String, Rule> rules = HtmlPage.ruleIds(input);
        List<HtmlFinding> all = new ArrayList<>();
        for (Finding finding : result.findings()) {
            all.add(result.isBaselined(finding)
                    ? of(finding, Status.BASELINED, false, "In the baseline: reported, but does not fail the build.",
                    input, rules)
                    : of(finding, Status.REPORTED, input.failOn().reachedBy(finding.severity()), null, input, rules));
        }
        for (SuppressedFinding suppressed : result.suppressed()) {
            String reason = suppressed.reason().isBlank() ? "no reason given" : suppressed.reason();
            all.add(of(suppressed.finding(), Status.SUPPRESSED, false, "Suppressed by the comment at "
                    + suppressed.suppressedAt().render() + ": " + reason, input, rules));
        }
        all.sort(Comparator.comparing(HtmlFinding::finding, Finding.ORDER));
        return all;
    }

    private static HtmlFinding of(Finding finding, Status status, boolean failing, String statusNote,
                                  ReportInput input, Map<String, Rule> rules) {
        return new HtmlFinding(finding, status, failing, statusNote, rules.get(finding.ruleId()),
                input.absoluteDocsLink(finding.ruleId()));
    }

    boolean baselined() {
        return status == Status.BASELINED;
    }

    boolean suppressed() {
        return status == Status.SUPPRESSED;
    }

    /** What the rule guards against, from its metadata; {@code null} for a rule the input does not list. */
    String rationale() {
        return rule == null ? null : rule.metadata().rationale();
    }

    String severity() {
        return finding.severity().label();
    }

    String ruleId() {
        return finding.ruleId();
    }

    String message() {
        return finding.message();
    }

    String objectPath() {
        return finding.objectPath();
    }

    /** {@code path:[line,col]} as in the build log; a finding without a file shows its object. */
    String location() {
        String rendered = finding.location().render();
        return rendered.isEmpty() ? finding.objectPath() : rendered;
    }

    /** The fix SQL without surrounding blank lines, or {@code null} (the template then shows no fix). */
    String fix() {
        return finding.fix() == null || finding.fix().isBlank() ? null : finding.fix().strip();
    }

    /** The table the finding is about, or empty for a finding about a file (a statement, a comment). */
    String table() {
        return (rule == null ? FindingSubject.TABLE_PART : rule.subject()).table(finding.objectPath());
    }
}
