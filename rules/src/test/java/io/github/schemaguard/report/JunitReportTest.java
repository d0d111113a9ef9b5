package io.github.schemaguard.report;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JunitReportTest {

    private final JunitReport writer = new JunitReport();

    @Test
    void oneTestCasePerRuleAndObjectAndOneForEachSilentRule() throws Exception {
        Document xml = XmlReports.parse(ReportSamples.render(writer, ReportSamples.input(FailOn.ERROR)));

        List<String> cases = XmlReports.elements(xml, "testcase").stream()
                .map(c -> c.getAttribute("classname") + " " + c.getAttribute("name")).toList();
        assertThat(cases).containsExactly(
                "schemaguard.business-key-not-unique t_order.order_no",
                "schemaguard.parse-error statement@1",
                "schemaguard.table-without-primary-key audit_log",
                "schemaguard.table-without-primary-key public.events",
                "schemaguard.time-based-identifier (all objects)");
        assertThat(ReportSamples.RULES).hasSize(4);
    }

    @Test
    void failsOnlyTheCasesWithFindingsAtOrAboveFailOn() throws Exception {
        Document onError = XmlReports.parse(ReportSamples.render(writer, ReportSamples.input(FailOn.ERROR)));
        Document onWarning = XmlReports.parse(ReportSamples.render(writer, ReportSamples.input(FailOn.WARNING)));

        assertThat(onError.getDocumentElement().getAttribute("tests")).isEqualTo("5");
        assertThat(onError.getDocumentElement().getAttribute("failures")).isEqualTo("1");
        Element failure = XmlReports.elements(onError, "failure").get(0);
        assertThat(failure.getAttribute("type")).isEqualTo("error");
        assertThat(failure.getAttribute("message")).isEqualTo("order_no identifies an order but nothing keeps it unique");
        assertThat(failure.getTextContent()).isEqualTo(ReportSamples.ORDERS_FILE + ":[3,5] (business-key-not-unique)"
                + " order_no identifies an order but nothing keeps it unique\n"
                + "    Fix: ALTER TABLE t_order ADD UNIQUE (order_no);\n");
        // Below failOn the findings stay visible as the passing test's output.
        assertThat(XmlReports.elements(onError, "system-out")).hasSize(3);

        assertThat(XmlReports.elements(onWarning, "testsuite").get(0).getAttribute("failures")).isEqualTo("3");
        assertThat(XmlReports.elements(onWarning, "system-out")).hasSize(1);
    }

    @Test
    void sameInputGivesTheSameBytes() throws Exception {
        byte[] first = ReportSamples.bytes(writer, ReportSamples.input(FailOn.WARNING));

        assertThat(ReportSamples.bytes(writer, ReportSamples.input(FailOn.WARNING))).isEqualTo(first);
    }
}
