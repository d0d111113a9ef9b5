package io.github.schemaguard.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.schemaguard.LintResult;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.source.ddl.DdlReadStats;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonReportTest {

    private final JsonReport writer = new JsonReport();

    @Test
    void countsTheApplicationSqlRead() throws Exception {
        LintResult result = new LintResult(ReportSamples.RESULT.findings(), new DdlReadStats(2, 7, 1, 1, 3, 12));
        JsonNode json = new ObjectMapper().readTree(ReportSamples.render(writer,
                new ReportInput(result, ReportSamples.RULES, FailOn.ERROR, "1.2.3", null)));

        assertThat(json.at("/summary/applicationFiles").asInt()).isEqualTo(3);
        assertThat(json.at("/summary/applicationStatements").asInt()).isEqualTo(12);
    }

    @Test
    void writesTheSummaryAndEveryFindingAsData() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ReportSamples.render(writer, ReportSamples.input(FailOn.WARNING)));

        assertThat(json.at("/tool/name").asText()).isEqualTo("schemaguard");
        assertThat(json.at("/tool/version").asText()).isEqualTo("1.2.3");
        assertThat(json.at("/summary/files").asInt()).isEqualTo(2);
        assertThat(json.at("/summary/statements").asInt()).isEqualTo(7);
        assertThat(json.at("/summary/errors").asInt()).isEqualTo(1);
        assertThat(json.at("/summary/warnings").asInt()).isEqualTo(2);
        assertThat(json.at("/summary/info").asInt()).isEqualTo(1);
        assertThat(json.at("/summary/failOn").asText()).isEqualTo("warning");
        assertThat(json.at("/summary/failing").asInt()).isEqualTo(3);

        assertThat(json.at("/summary/applicationFiles").asInt()).isZero();

        JsonNode findings = json.get("findings");
        assertThat(findings).hasSize(4);
        JsonNode orderNo = findings.get(1);
        assertThat(orderNo.get("ruleId").asText()).isEqualTo("business-key-not-unique");
        assertThat(orderNo.get("severity").asText()).isEqualTo("error");
        assertThat(orderNo.get("file").asText()).isEqualTo(ReportSamples.ORDERS_FILE);
        assertThat(orderNo.get("line").asInt()).isEqualTo(3);
        assertThat(orderNo.get("column").asInt()).isEqualTo(5);
        assertThat(orderNo.get("objectPath").asText()).isEqualTo("t_order.order_no");
        assertThat(orderNo.get("fix").asText()).isEqualTo("ALTER TABLE t_order ADD UNIQUE (order_no);");
        assertThat(orderNo.get("fingerprint").asText()).isEqualTo("business-key-not-unique:t_order.order_no");
    }

    @Test
    void leavesOutPositionAndFixWhenThereAreNone() throws Exception {
        JsonNode live = new ObjectMapper().readTree(ReportSamples.render(writer, ReportSamples.input(FailOn.ERROR)))
                .get("findings").get(0);

        assertThat(live.get("objectPath").asText()).isEqualTo("public.events");
        assertThat(live.has("line")).isFalse();
        assertThat(live.has("column")).isFalse();
        assertThat(live.has("fix")).isFalse();
    }

    @Test
    void sameInputGivesTheSameBytesWithUnixLineEnds() throws Exception {
        List<Rule> shuffled = new ArrayList<>(ReportSamples.RULES);
        Collections.reverse(shuffled);
        ReportInput reordered = new ReportInput(ReportSamples.RESULT, shuffled, FailOn.ERROR, "1.2.3", null);

        byte[] first = ReportSamples.bytes(writer, ReportSamples.input(FailOn.ERROR));

        assertThat(ReportSamples.bytes(writer, ReportSamples.input(FailOn.ERROR))).isEqualTo(first);
        assertThat(ReportSamples.bytes(writer, reordered)).isEqualTo(first);
        assertThat(new String(first, StandardCharsets.UTF_8)).doesNotContain("\r").endsWith("}\n");
    }
}
