package io.github.schemaguard.report;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CheckstyleReportTest {

    private final CheckstyleReport writer = new CheckstyleReport();

    @Test
    void groupsFindingsByFileInNameOrder() throws Exception {
        Document xml = XmlReports.parse(ReportSamples.render(writer, ReportSamples.input(FailOn.ERROR)));

        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("checkstyle");
        assertThat(xml.getDocumentElement().getAttribute("version")).isEqualTo("4.3");
        List<String> files = XmlReports.elements(xml, "file").stream().map(f -> f.getAttribute("name")).toList();
        assertThat(files).containsExactly("public.events", ReportSamples.ORDERS_FILE,
                "src/main/resources/db/V2 <weird> & \"quoted\".sql");
    }

    @Test
    void writesEachFindingAsAnErrorWithRuleSource() throws Exception {
        Document xml = XmlReports.parse(ReportSamples.render(writer, ReportSamples.input(FailOn.ERROR)));
        List<Element> errors = XmlReports.elements(xml, "error");

        assertThat(errors).hasSize(4);
        Element orderNo = errors.get(1);
        assertThat(orderNo.getAttribute("line")).isEqualTo("3");
        assertThat(orderNo.getAttribute("column")).isEqualTo("5");
        assertThat(orderNo.getAttribute("severity")).isEqualTo("error");
        assertThat(orderNo.getAttribute("source")).isEqualTo("schemaguard.business-key-not-unique");
        assertThat(orderNo.getAttribute("message")).isEqualTo("order_no identifies an order but nothing keeps it unique");
        assertThat(errors.get(2).getAttribute("message"))
                .isEqualTo("table audit_log has no primary key rows cannot be told apart");
        assertThat(errors.get(3).getAttribute("message")).isEqualTo("could not parse: 100% sure it's \"<broken>\", a:b");
        assertThat(errors.get(0).getAttribute("severity")).isEqualTo("info");
        assertThat(errors.get(0).hasAttribute("line")).isFalse();
    }

    @Test
    void sameInputGivesTheSameIndentedBytes() throws Exception {
        String first = ReportSamples.render(writer, ReportSamples.input(FailOn.ERROR));

        assertThat(ReportSamples.render(writer, ReportSamples.input(FailOn.ERROR))).isEqualTo(first);
        assertThat(first).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
                        + "  <file name=\"public.events\">\n    <error ")
                .endsWith("  </file>\n</checkstyle>\n")
                .doesNotContain("\r");
    }
}
