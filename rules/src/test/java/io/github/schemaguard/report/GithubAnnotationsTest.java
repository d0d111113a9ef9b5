package io.github.schemaguard.report;

import io.github.schemaguard.model.Location;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GithubAnnotationsTest {

    @Test
    void oneWorkflowCommandPerFindingAtItsSeverity() {
        List<String> lines = GithubAnnotations.lines(ReportSamples.RESULT, "");

        assertThat(lines).containsExactly(
                "::notice title=table-without-primary-key::table public.events has no primary key",
                "::error file=" + ReportSamples.ORDERS_FILE + ",line=3,col=5,title=business-key-not-unique"
                        + "::order_no identifies an order but nothing keeps it unique%0A"
                        + "Fix: ALTER TABLE t_order ADD UNIQUE (order_no);",
                "::warning file=" + ReportSamples.ORDERS_FILE + ",line=10,col=1,title=table-without-primary-key"
                        + "::table audit_log has no primary key%0Arows cannot be told apart",
                "::warning file=src/main/resources/db/V2 <weird> & \"quoted\".sql,line=1,col=1,title=parse-error"
                        + "::could not parse: 100%25 sure it's \"<broken>\", a:b");
    }

    @Test
    void prefixesPathsSoTheyAreRelativeToTheRepository() {
        assertThat(GithubAnnotations.command(ReportSamples.ORDER_NO, "services/billing/"))
                .startsWith("::error file=services/billing/" + ReportSamples.ORDERS_FILE + ",line=3,");
    }

    @Test
    void escapesPropertySeparatorsInFileNames() {
        Finding finding = new Finding("parse-error", Severity.ERROR, Location.of("db/a,b:c.sql", 2, 0), "x", "m", null);

        assertThat(GithubAnnotations.command(finding, "")).isEqualTo("::error file=db/a%2Cb%3Ac.sql,line=2,title=parse-error::m");
    }
}
