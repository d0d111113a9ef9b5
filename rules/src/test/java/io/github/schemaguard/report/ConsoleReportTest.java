package io.github.schemaguard.report;

import io.github.schemaguard.LintResult;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.source.ddl.DdlReadStats;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleReportTest {

    private static final String V1 = "src/main/resources/db/migration/V1__init.sql";

    private static Finding finding(Severity severity, int line, String ruleId, String message, String fix) {
        return new Finding(ruleId, severity, Location.of(V1, line, 3), "t_order.order_no", message, fix);
    }

    @Test
    void rendersFindingAtItsSeverityWithFixIndentedBelowThenSummary() {
        LintResult result = new LintResult(List.of(
                finding(Severity.ERROR, 5, "business-key-not-unique", "order_no is not unique",
                        "ALTER TABLE t_order ADD CONSTRAINT uk_t_order_order_no UNIQUE (order_no);")),
                new DdlReadStats(2, 14, 3, 1));

        assertThat(ConsoleReport.lines(result)).containsExactly(
                new ConsoleLine(Severity.ERROR, V1 + ":[5,3] (business-key-not-unique) order_no is not unique"),
                new ConsoleLine(Severity.ERROR,
                        "    Fix: ALTER TABLE t_order ADD CONSTRAINT uk_t_order_order_no UNIQUE (order_no);"),
                new ConsoleLine(Severity.INFO, "schemaguard: 2 files read, 14 statements read,"
                        + " 3 skipped (not about the schema), 1 not understood;"
                        + " findings: 1 error, 0 warnings, 0 info"));
    }

    @Test
    void findingWithoutFixIsOneLine() {
        List<ConsoleLine> lines = ConsoleReport.finding(
                finding(Severity.WARNING, 7, "parse-error", "could not parse", null));

        assertThat(lines).containsExactly(new ConsoleLine(Severity.WARNING,
                V1 + ":[7,3] (parse-error) could not parse"));
    }

    @Test
    void multiLineMessageAndFixAreIndentedUnderTheFinding() {
        List<ConsoleLine> lines = ConsoleReport.finding(finding(Severity.ERROR, 5, "time-based-identifier",
                "first\nsecond", "UPDATE t SET a = 1;\nALTER TABLE t ADD UNIQUE (a);\n"));

        assertThat(lines).extracting(ConsoleLine::text).containsExactly(
                V1 + ":[5,3] (time-based-identifier) first",
                "    second",
                "    Fix: UPDATE t SET a = 1;",
                "         ALTER TABLE t ADD UNIQUE (a);");
    }

    @Test
    void summaryUsesSingularForOne() {
        LintResult result = new LintResult(List.of(
                finding(Severity.WARNING, 1, "table-without-primary-key", "m", null),
                finding(Severity.INFO, 2, "x", "m", null)),
                new DdlReadStats(1, 1, 0, 0));

        assertThat(ConsoleReport.summary(result)).isEqualTo("schemaguard: 1 file read, 1 statement read,"
                + " 0 skipped (not about the schema), 0 not understood; findings: 0 errors, 1 warning, 1 info");
    }

    @Test
    void sameResultRendersIdentically() {
        LintResult result = new LintResult(List.of(finding(Severity.ERROR, 5, "a", "m", "f")),
                new DdlReadStats(1, 1, 0, 0));

        assertThat(ConsoleReport.lines(result)).isEqualTo(ConsoleReport.lines(result));
    }

    @Test
    void missingDirectoryNamesTheDirectoryAndTheSetting() {
        assertThat(ConsoleReport.missingDirectory("src/main/resources/db"))
                .contains("src/main/resources/db does not exist")
                .contains("-Dschemaguard.ddlDirectory");
    }
}
