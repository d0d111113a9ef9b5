package io.github.schemaguard.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.schemaguard.LintResult;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.suppress.SuppressedFinding;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Suppressed findings are listed in the machine reports, marked with how and why, and never fail anything. */
class SuppressedReportsTest {

    private static final Location COMMENT = Location.of(ReportSamples.ORDERS_FILE, 2, 5);
    private static final SuppressedFinding BY_COMMENT = new SuppressedFinding(ReportSamples.ORDER_NO,
            "unique per tenant", COMMENT);
    private static final SuppressedFinding BY_EXCLUDES = new SuppressedFinding(ReportSamples.LIVE,
            "excluded by the pattern 'public.*' in the rule's <excludes>", Location.UNKNOWN,
            SuppressedFinding.Kind.CONFIGURATION);
    private static final List<Finding> ACTIVE = List.of(ReportSamples.NO_PRIMARY_KEY, ReportSamples.PARSE_ERROR);
    private static final LintResult RESULT = new LintResult(ACTIVE, ReportSamples.RESULT.stats())
            .withSuppressed(List.of(BY_EXCLUDES, BY_COMMENT));

    private static ReportInput input() {
        return new ReportInput(RESULT, ReportSamples.RULES, FailOn.ERROR, "1.2.3", null);
    }

    @Test
    void sarifMarksSuppressedResultsInSourceOrExternalAndStaysValid() throws Exception {
        JsonNode sarif = new ObjectMapper().readTree(ReportSamples.render(new SarifReport(), input()));

        assertThat(SarifReportTest.officialSchema().validate(sarif)).isEmpty();
        JsonNode results = sarif.at("/runs/0/results");
        assertThat(results).hasSize(4);
        assertThat(results.get(0).has("suppressions")).isFalse();
        assertThat(results.get(1).has("suppressions")).isFalse();
        JsonNode external = results.get(2);
        assertThat(external.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("public.events");
        assertThat(external.at("/suppressions/0/kind").asText()).isEqualTo("external");
        assertThat(external.at("/suppressions/0/justification").asText()).contains("'public.*'");
        assertThat(external.at("/suppressions/0").has("location")).isFalse();
        JsonNode inSource = results.get(3);
        assertThat(inSource.get("ruleId").asText()).isEqualTo("business-key-not-unique");
        assertThat(inSource.get("level").asText()).isEqualTo("error");
        assertThat(inSource.at("/suppressions/0/kind").asText()).isEqualTo("inSource");
        assertThat(inSource.at("/suppressions/0/justification").asText()).isEqualTo("unique per tenant");
        assertThat(inSource.at("/suppressions/0/location/physicalLocation/region/startLine").asInt()).isEqualTo(2);
    }

    @Test
    void jsonListsSuppressedFindingsAfterTheActiveOnesWithTheirSuppression() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ReportSamples.render(new JsonReport(), input()));

        assertThat(json.at("/summary/suppressed").asInt()).isEqualTo(2);
        assertThat(json.at("/summary/errors").asInt()).isZero();
        assertThat(json.at("/summary/failing").asInt()).isZero();
        JsonNode findings = json.get("findings");
        assertThat(findings).hasSize(4);
        assertThat(findings.get(0).has("suppression")).isFalse();
        assertThat(findings.get(2).at("/suppression/kind").asText()).isEqualTo("external");
        assertThat(findings.get(2).at("/suppression").has("line")).isFalse();
        JsonNode byComment = findings.get(3).get("suppression");
        assertThat(byComment.get("kind").asText()).isEqualTo("inSource");
        assertThat(byComment.get("reason").asText()).isEqualTo("unique per tenant");
        assertThat(byComment.get("file").asText()).isEqualTo(ReportSamples.ORDERS_FILE);
        assertThat(byComment.get("line").asInt()).isEqualTo(2);
    }

    @Test
    void junitSkipsTheCaseOfASuppressedFindingWithItsReason() throws Exception {
        Document xml = XmlReports.parse(ReportSamples.render(new JunitReport(), input()));

        assertThat(XmlReports.elements(xml, "failure")).isEmpty();
        assertThat(XmlReports.elements(xml, "testsuite").get(0).getAttribute("skipped")).isEqualTo("2");
        Element skipped = XmlReports.elements(xml, "skipped").get(0);
        Element testCase = (Element) skipped.getParentNode();
        assertThat(testCase.getAttribute("name")).isEqualTo("t_order.order_no");
        assertThat(skipped.getAttribute("message")).isEqualTo("suppressed: unique per tenant");
        assertThat(skipped.getTextContent()).startsWith(ReportSamples.ORDERS_FILE
                + ":[3,5] (business-key-not-unique) (suppressed: unique per tenant) order_no identifies");
    }

    @Test
    void junitKeepsACaseWithAnActiveFindingAndListsTheSuppressedOneInItsDetails() throws Exception {
        Finding sameObject = new Finding("business-key-not-unique", Severity.ERROR, Location.of(ReportSamples.ORDERS_FILE,
                9, 1), "t_order.order_no", "declared again", null);
        LintResult mixed = new LintResult(List.of(sameObject), RESULT.stats()).withSuppressed(List.of(BY_COMMENT));

        Document xml = XmlReports.parse(ReportSamples.render(new JunitReport(),
                new ReportInput(mixed, ReportSamples.RULES, FailOn.ERROR, "1.2.3", null)));

        assertThat(XmlReports.elements(xml, "skipped")).isEmpty();
        assertThat(XmlReports.elements(xml, "failure").get(0).getTextContent())
                .contains("(business-key-not-unique) declared again", "(suppressed: unique per tenant)");
    }

    @Test
    void checkstyleLeavesSuppressedFindingsOut() throws Exception {
        Document xml = XmlReports.parse(ReportSamples.render(new CheckstyleReport(), input()));

        assertThat(XmlReports.elements(xml, "error")).extracting(e -> e.getAttribute("source"))
                .containsExactly("schemaguard.table-without-primary-key", "schemaguard.parse-error");
    }

    @Test
    void theConsoleSummaryCountsSuppressionsByKind() {
        assertThat(ConsoleReport.summary(RESULT)).endsWith("findings: 0 errors, 2 warnings, 0 info;"
                + " suppressed: 1 by comments, 1 by excludes");
        assertThat(ConsoleReport.lines(RESULT)).anySatisfy(line -> {
            assertThat(line.level()).isEqualTo(Severity.INFO);
            assertThat(line.text()).endsWith("(table-without-primary-key) (suppressed: excluded by the pattern"
                    + " 'public.*' in the rule's <excludes>) table public.events has no primary key");
        });
        assertThat(ConsoleReport.summary(ReportSamples.RESULT)).doesNotContain("suppressed");
    }

    @Test
    void sameInputGivesTheSameBytes() throws Exception {
        for (ReportWriter writer : List.of(new SarifReport(), new JsonReport(), new JunitReport())) {
            assertThat(ReportSamples.bytes(writer, input())).isEqualTo(ReportSamples.bytes(writer, input()));
        }
    }
}
