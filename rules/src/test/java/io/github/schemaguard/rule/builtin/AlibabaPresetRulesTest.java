package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.rule.Finding;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The fixes and options of the Alibaba preset's rules; fixtures prove where they fire. */
class AlibabaPresetRulesTest {

    @Test
    void indexNameFixRenamesToThePrefixAndColumns() {
        assertThat(DdlLint.run(new AlibabaIndexNamePrefixRule(), Dialect.MYSQL, """
                CREATE TABLE t_user_role (id BIGINT PRIMARY KEY, user_id BIGINT, role_id BIGINT,
                  UNIQUE KEY user_role (user_id, role_id));
                """)).singleElement().extracting(Finding::fix)
                .isEqualTo("ALTER TABLE t_user_role RENAME INDEX user_role TO uk_user_id_role_id;");
        assertThat(DdlLint.run(new AlibabaIndexNamePrefixRule(), Dialect.POSTGRESQL, """
                CREATE TABLE app.users (id bigint, dept_id bigint, CONSTRAINT users_id PRIMARY KEY (id));
                CREATE INDEX users_dept ON app.users (dept_id);
                """)).extracting(Finding::fix).containsExactly(
                "ALTER TABLE app.users RENAME CONSTRAINT users_id TO pk_id;",
                "ALTER INDEX app.users_dept RENAME TO idx_dept_id;");
    }

    @Test
    void indexPrefixesAreConfigurable() {
        String sql = "CREATE TABLE t_user (id BIGINT PRIMARY KEY, email VARCHAR(200), UNIQUE KEY uniq_email (email));";

        assertThat(DdlLint.run(new AlibabaIndexNamePrefixRule(), Dialect.MYSQL, sql)).hasSize(1);
        assertThat(DdlLint.run(new AlibabaIndexNamePrefixRule(), Dialect.MYSQL, sql,
                Map.of(AlibabaIndexNamePrefixRule.UNIQUE_KEY_PREFIXES.name(), "uk_,uniq_"))).isEmpty();
    }

    @Test
    void requiredColumnsFixAddsTheMissingTimesInTheDialect() {
        String sql = "CREATE TABLE t_log (id BIGINT PRIMARY KEY, message VARCHAR(200));";

        assertThat(DdlLint.run(new AlibabaRequiredColumnsRule(), Dialect.MYSQL, sql)).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith(
                        "Table t_log lacks create_time (or gmt_create) and update_time (or gmt_modified): "))
                .extracting(Finding::fix).isEqualTo("ALTER TABLE t_log ADD COLUMN create_time DATETIME NOT NULL "
                        + "DEFAULT CURRENT_TIMESTAMP, ADD COLUMN update_time DATETIME NOT NULL DEFAULT "
                        + "CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP;");
        assertThat(DdlLint.run(new AlibabaRequiredColumnsRule(), Dialect.POSTGRESQL, sql)).singleElement()
                .extracting(Finding::fix).isEqualTo("ALTER TABLE t_log ADD COLUMN create_time timestamp NOT NULL "
                        + "DEFAULT CURRENT_TIMESTAMP, ADD COLUMN update_time timestamp NOT NULL DEFAULT "
                        + "CURRENT_TIMESTAMP;");
    }

    @Test
    void requiredColumnsAndExcludedTablesAreConfigurable() {
        String sql = "CREATE TABLE t_log (log_id BIGINT PRIMARY KEY, created_at DATETIME, updated_at DATETIME);";
        AlibabaRequiredColumnsRule rule = new AlibabaRequiredColumnsRule();

        assertThat(DdlLint.run(rule, Dialect.MYSQL, sql, Map.of(
                AlibabaRequiredColumnsRule.ID_COLUMNS.name(), "",
                AlibabaRequiredColumnsRule.CREATE_TIME_COLUMNS.name(), "created_at",
                AlibabaRequiredColumnsRule.UPDATE_TIME_COLUMNS.name(), "updated_at"))).isEmpty();
        assertThat(DdlLint.run(rule, Dialect.MYSQL, sql, Map.of(AlibabaPreset.EXCLUDED_TABLES.name(), "t_*")))
                .isEmpty();
    }

    @Test
    void aStringFlagGetsNoAutomaticFixItsValuesNeedMappingFirst() {
        assertThat(DdlLint.run(new AlibabaBooleanColumnTypeRule(), Dialect.MYSQL, """
                CREATE TABLE t_dict (id BIGINT PRIMARY KEY, is_default CHAR(1) DEFAULT 'N',
                  is_visible TINYINT(1) NOT NULL DEFAULT 1 COMMENT '是否可见');
                """)).extracting(Finding::fix).containsExactly(null,
                "ALTER TABLE t_dict MODIFY is_visible TINYINT UNSIGNED NOT NULL DEFAULT 1 COMMENT '是否可见';");
    }

    @Test
    void varcharFixTurnsTheColumnIntoTextUnlessMysqlCannotKeepItsIndexOrDefault() {
        assertThat(DdlLint.run(new AlibabaVarcharTooLongRule(), Dialect.MYSQL, """
                CREATE TABLE t_doc (id BIGINT PRIMARY KEY, body VARCHAR(8000) NOT NULL COMMENT '正文',
                  note VARCHAR(6000) DEFAULT '', path VARCHAR(6000), KEY idx_path (path(100)));
                """)).extracting(Finding::fix).containsExactly(
                "ALTER TABLE t_doc MODIFY body TEXT NOT NULL COMMENT '正文';", null, null);
    }

    @Test
    void varcharLimitIsConfigurable() {
        assertThat(DdlLint.run(new AlibabaVarcharTooLongRule(), Dialect.MYSQL,
                "CREATE TABLE t_doc (id BIGINT PRIMARY KEY, body VARCHAR(3000));",
                Map.of(AlibabaVarcharTooLongRule.MAX_LENGTH.name(), "2000"))).singleElement()
                .extracting(Finding::message).asString().startsWith("t_doc.body is VARCHAR(3000), longer than 2000");
    }
}
