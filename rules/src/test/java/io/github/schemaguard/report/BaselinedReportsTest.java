package io.github.schemaguard.report;

import io.github.schemaguard.LintResult;
import io.github.schemaguard.rule.Severity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Baselined findings are listed in every report, marked as such, and never fail the build. */
class BaselinedReportsTest {

    private static final LintResult ORDER_NO_BASELINED = ReportSamples.RESULT
            .withBaselined(Set.of(ReportSamples.ORDER_NO.fingerprint(), "stale-rule:gone"));

    private static ReportInput input() {
        return new ReportInput(ORDER_NO_BASELINED, ReportSamples.RULES, FailOn.ERROR, "1.2.3", null);
    }

    @Test
    void aBaselinedErrorDoesNotFailTheBuild() {
        assertThat(FailOn.ERROR.failure(ReportSamples.RESULT)).isPresent();
        assertThat(FailOn.ERROR.reached(ORDER_NO_BASELINED)).isZero();
        assertThat(FailOn.ERROR.failure(ORDER_NO_BASELINED)).isEmpty();
        assertThat(FailOn.WARNING.failure(ORDER_NO_BASELINED)).get().asString()
                .startsWith("schemaguard: 2 findings at or above failOn=warning not in the baseline");
    }

    @Test
    void theConsoleListsABaselinedFindingAtInfoWithATag() {
        assertThat(ConsoleReport.lines(ORDER_NO_BASELINED))
                .contains(new ConsoleLine(Severity.INFO, "src/main/resources/db/V1__orders.sql:[3,5]"
                        + " (business-key-not-unique) (baselined) order_no identifies an order but nothing keeps it unique"))
                .noneMatch(line -> line.level() == Severity.ERROR);
        assertThat(ConsoleReport.summary(ORDER_NO_BASELINED)).endsWith("(1 of them baselined)");
    }

    @Test
    void jsonAndSarifMarkEachFindingOnlyWhenABaselineIsUsed() throws IOException {
        String json = ReportSamples.render(new JsonReport(), input());
        assertThat(json).containsOnlyOnce("\"baselined\": true").contains("\"baselined\": false")
                .contains("\"failing\": 0");
        String sarif = ReportSamples.render(new SarifReport(), input());
        assertThat(sarif).containsOnlyOnce("\"baselineState\": \"unchanged\"").contains("\"baselineState\": \"new\"");

        ReportInput withoutBaseline = ReportSamples.input(FailOn.ERROR);
        assertThat(ReportSamples.render(new JsonReport(), withoutBaseline)).doesNotContain("baselined");
        assertThat(ReportSamples.render(new SarifReport(), withoutBaseline)).doesNotContain("baselineState");
    }

    @Test
    void junitDoesNotFailTheTestCaseOfABaselinedFindingAndTagsIt() throws IOException {
        assertThat(ReportSamples.render(new JunitReport(), ReportSamples.input(FailOn.ERROR))).contains("<failure");
        assertThat(ReportSamples.render(new JunitReport(), input())).doesNotContain("<failure")
                .contains("(business-key-not-unique) (baselined) order_no identifies");
    }

    @Test
    void checkstyleListsABaselinedFindingAtInfoWithATag() throws Exception {
        List<Element> errors = XmlReports.elements(XmlReports.parse(ReportSamples.render(new CheckstyleReport(),
                input())), "error");

        Element orderNo = errors.get(1);
        assertThat(orderNo.getAttribute("source")).isEqualTo("schemaguard.business-key-not-unique");
        assertThat(orderNo.getAttribute("severity")).isEqualTo("info");
        assertThat(orderNo.getAttribute("message")).isEqualTo("(baselined) order_no identifies an order but nothing"
                + " keeps it unique");
        assertThat(errors.get(2).getAttribute("severity")).isEqualTo("warning");
    }

    @Test
    void githubAnnotationsLeaveBaselinedFindingsOut() {
        assertThat(GithubAnnotations.lines(ReportSamples.RESULT, "")).hasSize(4);
        assertThat(GithubAnnotations.lines(ORDER_NO_BASELINED, "")).hasSize(3)
                .noneMatch(line -> line.contains("business-key-not-unique"));
    }
}
