package io.github.schemaguard.report;

import io.github.schemaguard.LintResult;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.source.ddl.DdlReadStats;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class HtmlReportTest {

    /** Every status at once: one finding baselined, one suppressed, the others reported. */
    static final LintResult MIXED = ReportSamples.RESULT
            .withBaselined(Set.of(ReportSamples.NO_PRIMARY_KEY.fingerprint()))
            .withSuppressed(List.of(ReportSamples.SUPPRESSED));

    private final HtmlReport writer = new HtmlReport();

    static ReportInput mixedInput() {
        return new ReportInput(MIXED, ReportSamples.RULES, FailOn.WARNING, "1.2.3", null);
    }

    @Test
    void summarisesBySeverityStatusAndRule() throws IOException {
        String html = ReportSamples.render(writer, mixedInput());

        assertThat(html)
                .contains("<h1>Fails the build</h1>", "2 findings at or above failOn&#61;warning not in the baseline.")
                .contains(total("error", 1), total("warning", 2), total("info", 1), total("baselined", 1),
                        total("suppressed", 1))
                .contains("2 files and 7 statements read; 1 skipped (not about the schema), 1 not understood.")
                .contains("4 rules ran; 1 found nothing (not listed).");
        // Rules by severity, then id: the rule with a baselined and a suppressed finding counts each apart
        assertThat(html.indexOf("<tr data-rule=\"business-key-not-unique\">"))
                .isLessThan(html.indexOf("<tr data-rule=\"parse-error\">"))
                .isLessThan(html.indexOf("<tr data-rule=\"table-without-primary-key\">"));
        assertThat(html.substring(html.indexOf("<tr data-rule=\"table-without-primary-key\">")))
                .containsSubsequence("data-count=\"findings\" data-label=\"Findings\">2<",
                        "data-count=\"baselined\" data-label=\"Baselined\">1<",
                        "data-count=\"suppressed\" data-label=\"Suppressed\">1<");
    }

    @Test
    void groupsFindingsByTableThenFileLevelFindingsByFile() {
        List<HtmlFindingGroups.Group> groups = HtmlPage.of(mixedInput()).groups();

        assertThat(groups).extracting(HtmlFindingGroups.Group::kind, HtmlFindingGroups.Group::name).containsExactly(
                tuple("table", "audit_log"),
                tuple("table", "public.events"),
                tuple("table", "t_import"),
                tuple("table", "t_order"),
                tuple("file", ReportSamples.PARSE_ERROR.location().file()));
        assertThat(groups.get(3).findings()).extracting(HtmlFinding::objectPath).containsExactly("t_order.order_no");
    }

    @Test
    void aSchemaQualifiedTableCollectsItsOwnAndItsColumnsFindings() {
        Finding table = new Finding("table-without-primary-key", Severity.WARNING, Location.of("V1.sql", 1, 1),
                "sales.t_order", "no primary key", null);
        Finding column = new Finding("business-key-not-unique", Severity.ERROR, Location.of("V1.sql", 3, 3),
                "sales.t_order.order_no", "not unique", null);
        ReportInput input = new ReportInput(new LintResult(List.of(table, column), new DdlReadStats(1, 1, 0, 0)),
                ReportSamples.RULES, FailOn.ERROR, "1.2.3", null);

        assertThat(HtmlPage.of(input).groups()).singleElement()
                .satisfies(group -> assertThat(group.name()).isEqualTo("sales.t_order"))
                .satisfies(group -> assertThat(group.findings()).hasSize(2));
    }

    @Test
    void showsEachFindingWithItsStatusLocationFixAndRationale() throws IOException {
        String html = ReportSamples.render(writer, mixedInput());
        String orderNo = article(html, "t_order");

        assertThat(orderNo).contains("<span class=\"badge failing\">fails the build</span>",
                "<span class=\"location\">src/main/resources/db/V1__orders.sql:[3,5]</span>",
                "<pre><code>ALTER TABLE t_order ADD UNIQUE (order_no);</code></pre>",
                "<summary>Why it matters</summary><p>Columns like order_no");
        assertThat(article(html, "audit_log")).contains("<span class=\"badge status\">baselined</span>",
                "In the baseline: reported, but does not fail the build.").doesNotContain("badge failing");
        assertThat(article(html, "t_import")).contains("<span class=\"badge status\">suppressed</span>",
                "Suppressed by the comment at src/main/resources/db/V1__orders.sql:[19,1]:"
                        + " staging table, emptied after each import").doesNotContain("badge failing");
        // A finding without a file shows its object as location
        assertThat(article(html, "public.events")).contains("<span class=\"location\">public.events</span>");
    }

    @Test
    void escapesMarkupInEveryValue() throws IOException {
        Finding hostile = new Finding("business-key-not-unique", Severity.ERROR, Location.of("a<b>.sql", 1, 1),
                "t<x>.c", "</p><script>alert(1)</script>", "SELECT '</code></pre><img src=x onerror=alert(1)>';");
        ReportInput input = new ReportInput(new LintResult(List.of(hostile), new DdlReadStats(1, 1, 0, 0)),
                ReportSamples.RULES, FailOn.ERROR, "1.2.3", null);

        String html = ReportSamples.render(writer, input);

        assertThat(html).doesNotContain("<script>alert", "<img", "a<b>", "t<x>")
                .contains("&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src&#61;x onerror&#61;alert(1)&gt;");
    }

    @Test
    void isSelfContained() throws IOException {
        String html = ReportSamples.render(writer, mixedInput());

        // Nothing to fetch: no stylesheet, image, font or script from elsewhere; links only within the page
        assertThat(html).doesNotContainPattern("(?i)<link|<img|src=|url\\(|@import")
                .doesNotContainPattern("href=\"(?!#group-)");
    }

    @Test
    void linksRuleDocsOnlyWhenTheyAreAbsolute() throws IOException {
        ReportInput online = new ReportInput(MIXED, ReportSamples.RULES, FailOn.WARNING, "1.2.3",
                "https://example.org/docs/rules/");

        assertThat(ReportSamples.render(writer, online))
                .contains("<a href=\"https://example.org/docs/rules/parse-error.md\">parse-error</a>");
    }

    @Test
    void aResultWithoutFindingsPassesAndSaysSo() throws IOException {
        ReportInput clean = new ReportInput(new LintResult(List.of(), new DdlReadStats(1, 3, 0, 0)),
                ReportSamples.RULES, FailOn.ERROR, "1.2.3", null);

        assertThat(ReportSamples.render(writer, clean)).contains("<h1>Passes</h1>",
                "No finding at or above failOn&#61;error.", total("error", 0), "4 rules ran; none found anything.",
                "<p class=\"empty\">No findings.</p>").doesNotContain("<article");
    }

    @Test
    void sameInputGivesTheSameBytesWithUnixLineEnds() throws IOException {
        List<Rule> shuffled = new ArrayList<>(ReportSamples.RULES);
        Collections.reverse(shuffled);
        byte[] first = ReportSamples.bytes(writer, mixedInput());

        assertThat(ReportSamples.bytes(writer, mixedInput())).isEqualTo(first);
        assertThat(ReportSamples.bytes(writer, new ReportInput(MIXED, shuffled, FailOn.WARNING, "1.2.3", null)))
                .isEqualTo(first);
        assertThat(new String(first, StandardCharsets.UTF_8)).doesNotContain("\r").endsWith("</html>\n");
    }

    private static String total(String kind, long count) {
        return "data-total=\"" + kind + "\"><span class=\"count\">" + count + "</span>";
    }

    /** The markup of the first finding in the section of a table. */
    private static String article(String html, String table) {
        String section = html.substring(html.indexOf("<span class=\"name\">" + table + "</span></h3>"));
        return section.substring(section.indexOf("<article"), section.indexOf("</article>"));
    }
}
