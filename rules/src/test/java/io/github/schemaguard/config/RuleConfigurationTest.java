package io.github.schemaguard.config;

import io.github.schemaguard.LintRequest;
import io.github.schemaguard.LintResult;
import io.github.schemaguard.SchemaGuard;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Schema;
import io.github.schemaguard.report.FailOn;
import io.github.schemaguard.rule.DataExamples;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Language;
import io.github.schemaguard.rule.Preset;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.rule.builtin.BuiltinRules;
import io.github.schemaguard.source.ddl.DdlSource;
import io.github.schemaguard.suppress.SuppressedFinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class RuleConfigurationTest {

    private static final String SCHEMA = """
            CREATE TABLE t_order (
              id BIGINT NOT NULL PRIMARY KEY,
              order_no VARCHAR(32) NOT NULL
            );
            CREATE TABLE audit_log (message VARCHAR(200));
            """;

    @TempDir
    Path project;

    @Test
    void defaultsReportBothFindingsAtTheirDefaultSeverity() throws IOException {
        assertThat(lint(List.of()).findings()).extracting(Finding::ruleId, Finding::objectPath, Finding::severity)
                .containsExactly(
                        tuple("business-key-not-unique", "t_order.order_no", Severity.ERROR),
                        tuple("table-without-primary-key", "audit_log", Severity.WARNING));
    }

    @Test
    void aDisabledRuleYieldsNoFindings() throws IOException {
        LintResult result = lint(List.of(new RuleSettings("table-without-primary-key", false, null, null)));

        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("business-key-not-unique");
    }

    @Test
    void enabledTrueKeepsTheRule() throws IOException {
        LintResult result = lint(List.of(new RuleSettings("table-without-primary-key", true, null, null)));

        assertThat(result.findings()).extracting(Finding::ruleId).contains("table-without-primary-key");
    }

    @Test
    void aSeverityOverrideChangesTheFindingAndTheVerdict() throws IOException {
        assertThat(FailOn.ERROR.failure(lint(List.of()))).isPresent();

        LintResult result = lint(List.of(new RuleSettings("business-key-not-unique", null, Severity.WARNING, null)));

        assertThat(result.findings()).extracting(Finding::severity).containsOnly(Severity.WARNING);
        assertThat(FailOn.ERROR.failure(result)).isEmpty();
    }

    @Test
    void anOptionOverrideChangesWhatTheRuleFlags() throws IOException {
        LintResult result = lint(List.of(new RuleSettings("business-key-not-unique", null, null,
                Map.of("namePatterns", "*_sn"))));

        // order_no is a business key only by the default name patterns.
        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("table-without-primary-key");
    }

    @Test
    void anUnknownRuleIdIsRejectedWithTheValidIds() {
        assertThatThrownBy(() -> configure(new RuleSettings("no-such-rule", false, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown rule id 'no-such-rule' in rules: valid ids are alibaba-boolean-column-type, ")
                .hasMessageContaining(", business-key-not-unique, ")
                .hasMessageContaining(", time-based-identifier, ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void anUnknownOptionIsRejectedWithTheRulesOptions() {
        assertThatThrownBy(() -> configure(new RuleSettings("business-key-not-unique", null, null,
                Map.of("namePattern", "*_no"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown option 'namePattern' for rule 'business-key-not-unique': valid options are "
                        + "commentWords, excludedNames, namePatterns, scopeColumns");
    }

    @Test
    void anOptionOfARuleWithoutOptionsSaysSo() {
        assertThatThrownBy(() -> configure(new RuleSettings("table-without-primary-key", null, null,
                Map.of("tables", "x"))))
                .hasMessage("Unknown option 'tables' for rule 'table-without-primary-key': it has no options");
    }

    @Test
    void aNumericOptionMustBeANumber() {
        assertThatThrownBy(() -> configure(new RuleSettings("identifier-too-narrow", null, null,
                Map.of("lookup-max-columns", "five"))))
                .hasMessage("Option 'lookup-max-columns' of rule 'identifier-too-narrow' must be a whole number, not 'five'");
    }

    @Test
    void aRuleConfiguredTwiceIsRejected() {
        assertThatThrownBy(() -> configure(new RuleSettings("parse-error", false, null, null),
                new RuleSettings("parse-error", true, null, null)))
                .hasMessage("Rule 'parse-error' is configured twice in rules: merge the two entries");
    }

    @Test
    void aConfiguredSeverityLeavesTheRulesInformationalNotesAlone() throws IOException {
        Path data = Files.writeString(project.resolve("rows.sql"), """
                CREATE TABLE t_order (id BIGINT AUTO_INCREMENT PRIMARY KEY, order_no VARCHAR(32) NOT NULL);
                INSERT INTO t_order (order_no) VALUES ('A1'), ('A1');
                CREATE TABLE t_recharge (id BIGINT AUTO_INCREMENT PRIMARY KEY, recharge_no VARCHAR(32) NOT NULL);
                INSERT INTO t_recharge (recharge_no) VALUES ('R1'), ('R2');
                """);
        SchemaGuard engine = SchemaGuard.withBuiltinRules(List.of(
                new RuleSettings("duplicate-business-key-values", null, Severity.WARNING, null)));

        LintResult result = DataExamples.lint(engine, project, data, Dialect.MYSQL);

        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("duplicate-business-key-values"))
                .extracting(Finding::objectPath, Finding::severity).containsExactlyInAnyOrder(
                        tuple("t_order.order_no", Severity.WARNING),
                        tuple("t_recharge.recharge_no (no duplicates)", Severity.INFO));
    }

    @Test
    void excludedObjectsAreListedAsSuppressedByConfigurationAndDoNotFail() throws IOException {
        LintResult result = lint(List.of(new RuleSettings("business-key-not-unique", null, null, null,
                List.of("*.t_order.*")), new RuleSettings("table-without-primary-key", null, null, null,
                List.of("t_order"))));

        assertThat(result.findings()).extracting(Finding::objectPath).containsExactly("audit_log");
        assertThat(result.suppressed()).singleElement().satisfies(suppressed -> {
            assertThat(suppressed.finding().objectPath()).isEqualTo("t_order.order_no");
            assertThat(suppressed.kind()).isEqualTo(SuppressedFinding.Kind.CONFIGURATION);
            assertThat(suppressed.reason()).isEqualTo("excluded by the pattern '*.t_order.*' in the rule's <excludes>");
        });
        assertThat(FailOn.ERROR.failure(result)).isEmpty();
    }

    @Test
    void excludesApplyToASchemaReadElsewhereToo() throws IOException {
        Path ddl = Files.createDirectories(project.resolve("db"));
        Path file = Files.writeString(ddl.resolve("V1__init.sql"), SCHEMA);
        Schema schema = DdlSource.read(project, List.of(file), Dialect.MYSQL).schema();

        LintResult result = SchemaGuard.withBuiltinRules(List.of(new RuleSettings("table-without-primary-key", null,
                null, null, List.of("audit_*")))).lint(schema);

        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("business-key-not-unique");
        assertThat(result.suppressed()).extracting(s -> s.finding().objectPath()).containsExactly("audit_log");
    }

    @Test
    void anInvalidExcludeIsRejectedNamingTheRule() {
        assertThatThrownBy(() -> configure(new RuleSettings("money-as-float", null, null, null, List.of("a.{b"))))
                .hasMessageStartingWith("Rule 'money-as-float': exclude 'a.{b' is not a valid object pattern");
    }

    @Test
    void presetRulesStayOffUnlessThePresetIsChosen() throws IOException {
        assertThat(lint(List.of()).findings()).extracting(Finding::ruleId).noneMatch(id -> id.startsWith("alibaba-"));

        LintResult result = lint(List.of(), Preset.ALIBABA, Language.EN);

        assertThat(result.findings()).extracting(Finding::ruleId, Finding::objectPath).contains(
                tuple("alibaba-required-columns", "t_order"), tuple("alibaba-required-columns", "audit_log"));
    }

    @Test
    void onePresetRuleCanBeEnabledByIdAndOneTurnedOffInThePreset() throws IOException {
        LintResult enabledAlone = lint(List.of(new RuleSettings("alibaba-required-columns", true, null, null)));
        assertThat(enabledAlone.findings()).extracting(Finding::ruleId).contains("alibaba-required-columns");

        LintResult presetWithout = lint(List.of(new RuleSettings("alibaba-required-columns", false, null, null)),
                Preset.ALIBABA, Language.EN);
        assertThat(presetWithout.findings()).extracting(Finding::ruleId).doesNotContain("alibaba-required-columns");
    }

    @Test
    void chineseMessagesForRulesThatHaveThemEnglishForTheOthers() throws IOException {
        LintResult result = lint(List.of(), Preset.ALIBABA, Language.ZH);

        assertThat(result.findings()).filteredOn(f -> f.objectPath().equals("audit_log"))
                .extracting(Finding::ruleId, Finding::message).containsExactly(
                        tuple("alibaba-required-columns", "表 audit_log 缺少 id、create_time（或 gmt_create）、"
                                + "update_time（或 gmt_modified） 字段：手册要求每张表都有 id 主键以及创建时间和最后更新时间。"),
                        tuple("table-without-primary-key", "Table audit_log has no primary key: nothing stops "
                                + "duplicate rows, and updates, deletes and row-based replication cannot address one "
                                + "row reliably."));
    }

    @Test
    void presetsAndLanguagesParseWithTheValidChoicesInTheError() {
        assertThat(Preset.parseOrNone(" Alibaba ")).isEqualTo(Preset.ALIBABA);
        assertThat(Preset.parseOrNone("none")).isNull();
        assertThat(Preset.parseOrNone("")).isNull();
        assertThatThrownBy(() -> Preset.parseOrNone("google")).hasMessage("Unknown preset 'google': use none or alibaba");
        assertThat(Language.parse("zh_CN")).isEqualTo(Language.ZH);
        assertThat(Language.parse("EN")).isEqualTo(Language.EN);
        assertThatThrownBy(() -> Language.parse("fr")).hasMessage("Unknown language 'fr': use en or zh");
    }

    private static RuleConfiguration configure(RuleSettings... settings) {
        return RuleConfiguration.of(BuiltinRules.all(), List.of(settings));
    }

    private LintResult lint(List<RuleSettings> settings) throws IOException {
        return lint(settings, null, Language.EN);
    }

    private LintResult lint(List<RuleSettings> settings, Preset preset, Language language) throws IOException {
        Path ddl = Files.createDirectories(project.resolve("db"));
        Files.writeString(ddl.resolve("V1__init.sql"), SCHEMA);
        return SchemaGuard.withBuiltinRules(settings, preset, language)
                .lint(new LintRequest(project, ddl, List.of("**/*.sql"), List.of(), Dialect.MYSQL));
    }
}
