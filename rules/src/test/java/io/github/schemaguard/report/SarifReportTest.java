package io.github.schemaguard.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.rule.RuleDocs;
import io.github.schemaguard.rule.builtin.BuiltinRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SarifReportTest {

    private final SarifReport writer = new SarifReport();

    @ParameterizedTest
    @ValueSource(strings = {"docs/rules/", "https://example.org/schemaguard/docs/rules/"})
    void validatesAgainstTheOfficialSarif210Schema(String docsBaseUrl) throws Exception {
        JsonNode sarif = sarif(new ReportInput(ReportSamples.RESULT, BuiltinRules.all(), FailOn.ERROR, "1.2.3",
                docsBaseUrl));

        List<Error> errors = officialSchema().validate(sarif);

        assertThat(errors).isEmpty();
        assertThat(sarif.at("/runs/0/results")).hasSize(4);
    }

    @Test
    void theSchemaCatchesWhatGithubWouldReject() throws Exception {
        JsonNode sarif = sarif(ReportSamples.input(FailOn.ERROR));
        ((ObjectNode) sarif.at("/runs/0/results/0")).put("level", "fatal");
        ((ObjectNode) sarif.at("/runs/0/tool/driver/rules/0")).put("helpUri", "docs/rules/business-key-not-unique.md");

        assertThat(officialSchema().validate(sarif)).extracting(Error::getInstanceLocation).extracting(Object::toString)
                .containsExactlyInAnyOrder("/runs/0/results/0/level", "/runs/0/tool/driver/rules/0/helpUri");
    }

    @Test
    void describesEveryRuleInTheToolDriver() throws Exception {
        JsonNode driver = sarif(ReportSamples.input(FailOn.ERROR)).at("/runs/0/tool/driver");

        assertThat(driver.get("name").asText()).isEqualTo("schemaguard");
        assertThat(driver.get("version").asText()).isEqualTo("1.2.3");
        assertThat(driver.get("informationUri").asText()).startsWith("https://");
        JsonNode rules = driver.get("rules");
        assertThat(rules).hasSize(ReportSamples.RULES.size());
        assertThat(rules.findValuesAsText("id")).isSorted().contains("business-key-not-unique", "parse-error");
        JsonNode businessKey = rules.get(0);
        assertThat(businessKey.at("/shortDescription/text").asText()).isNotBlank();
        assertThat(businessKey.at("/fullDescription/text").asText()).isNotBlank();
        assertThat(businessKey.at("/help/text").asText()).endsWith("Docs: docs/rules/business-key-not-unique.md");
        assertThat(businessKey.at("/help/markdown").asText()).startsWith("# business-key-not-unique");
        assertThat(businessKey.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        // A repository path is no absolute URI, which SARIF's helpUri must be.
        assertThat(businessKey.has("helpUri")).isFalse();
    }

    @Test
    void embedsEachBuiltinRulesPackagedPageWhichIsItsGeneratedPage() {
        for (Rule rule : BuiltinRules.all()) {
            assertThat(RuleDocs.class.getResource("docs/" + rule.metadata().id() + ".md"))
                    .as(rule.metadata().id() + "'s page is packaged with the rules").isNotNull();
            assertThat(RuleDocs.packagedPage(rule)).as(rule.metadata().id()).isEqualTo(RuleDocs.page(rule));
        }
    }

    @Test
    void linksRuleDocsUnderAnAbsoluteDocsBaseUrl() throws Exception {
        JsonNode rule = sarif(new ReportInput(ReportSamples.RESULT, ReportSamples.RULES, FailOn.ERROR, "1.2.3",
                "https://example.org/docs")).at("/runs/0/tool/driver/rules/0");

        assertThat(rule.get("helpUri").asText()).isEqualTo("https://example.org/docs/business-key-not-unique.md");
    }

    @Test
    void givesFileFindingsAPhysicalLocationAndAStableFingerprint() throws Exception {
        JsonNode results = sarif(ReportSamples.input(FailOn.ERROR)).at("/runs/0/results");
        JsonNode orderNo = results.get(1);

        assertThat(orderNo.get("ruleId").asText()).isEqualTo("business-key-not-unique");
        assertThat(orderNo.get("ruleIndex").asInt()).isZero();
        assertThat(orderNo.get("level").asText()).isEqualTo("error");
        assertThat(orderNo.at("/message/text").asText())
                .isEqualTo("order_no identifies an order but nothing keeps it unique\n"
                        + "Fix: ALTER TABLE t_order ADD UNIQUE (order_no);");
        JsonNode physical = orderNo.at("/locations/0/physicalLocation");
        assertThat(physical.at("/artifactLocation/uri").asText()).isEqualTo(ReportSamples.ORDERS_FILE);
        assertThat(physical.at("/region/startLine").asInt()).isEqualTo(3);
        assertThat(physical.at("/region/startColumn").asInt()).isEqualTo(5);
        assertThat(orderNo.at("/partialFingerprints/schemaguard~1v1").asText())
                .isEqualTo("business-key-not-unique:t_order.order_no");

        assertThat(results.get(2).get("level").asText()).isEqualTo("warning");
        assertThat(results.get(3).at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("src/main/resources/db/V2%20%3Cweird%3E%20&%20%22quoted%22.sql");
    }

    @Test
    void givesFindingsWithoutAFileALogicalLocation() throws Exception {
        JsonNode live = sarif(ReportSamples.input(FailOn.ERROR)).at("/runs/0/results/0");

        assertThat(live.get("level").asText()).isEqualTo("note");
        assertThat(live.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("public.events");
        assertThat(live.at("/locations/0").has("physicalLocation")).isFalse();
    }

    @Test
    void sameInputGivesTheSameBytes() throws Exception {
        byte[] first = ReportSamples.bytes(writer, ReportSamples.input(FailOn.ERROR));

        assertThat(ReportSamples.bytes(writer, ReportSamples.input(FailOn.ERROR))).isEqualTo(first);
    }

    /** The SARIF 2.1.0 schema file, see sarif/README.md in the test resources for where it comes from. */
    static Schema officialSchema() throws Exception {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        }
    }

    private JsonNode sarif(ReportInput input) throws Exception {
        return new ObjectMapper().readTree(ReportSamples.render(writer, input));
    }
}
