package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.rule.Finding;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifierTooNarrowRuleTest {

    private final IdentifierTooNarrowRule rule = new IdentifierTooNarrowRule();

    @Test
    void mysqlFixRestatesTheKeyAsBigintKeepingSignAndComment() {
        Finding finding = DdlLint.run(rule, Dialect.MYSQL, """
                CREATE TABLE t_visit (
                  id INT(10) UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'visit''s id',
                  pet_id BIGINT NOT NULL,
                  PRIMARY KEY (id)
                );
                """).get(0);

        assertThat(finding.objectPath()).isEqualTo("t_visit.id");
        assertThat(finding.message()).contains("int unsigned key: it runs out after 4,294,967,295 rows");
        assertThat(finding.fix()).isEqualTo(
                "ALTER TABLE t_visit MODIFY id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'visit''s id';");
    }

    @Test
    void postgresqlFixChangesTheType() {
        assertThat(DdlLint.run(rule, Dialect.POSTGRESQL, "CREATE TABLE public.visits (id serial PRIMARY KEY, "
                + "pet_id bigint NOT NULL, visited_on date);"))
                .singleElement().extracting(Finding::fix)
                .isEqualTo("ALTER TABLE public.visits ALTER COLUMN id TYPE bigint;");
    }

    @Test
    void lookupTablesAreConfigurable() {
        String sql = "CREATE TABLE t_color (id INT AUTO_INCREMENT PRIMARY KEY, color_code VARCHAR(8) NOT NULL, "
                + "color_name VARCHAR(32) NOT NULL, created_at DATETIME, updated_at DATETIME);";

        assertThat(DdlLint.run(rule, Dialect.MYSQL, sql)).hasSize(1);
        assertThat(DdlLint.run(rule, Dialect.MYSQL, sql, Map.of(IdentifierTooNarrowRule.LOOKUP_TABLES, "*_color")))
                .isEmpty();
        assertThat(DdlLint.run(rule, Dialect.MYSQL, sql, Map.of(IdentifierTooNarrowRule.LOOKUP_MAX_COLUMNS, "5")))
                .isEmpty();
    }
}
