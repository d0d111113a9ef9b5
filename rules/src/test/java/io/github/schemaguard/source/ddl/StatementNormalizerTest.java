package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Dialect;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatementNormalizerTest {

    @Test
    void quotesTableAndColumnNamesButNotKeyClauses() {
        String normalized = StatementNormalizer.normalize(
                "CREATE TABLE script (key varchar(64), value text, KEY idx_v (value), UNIQUE KEY (key))",
                Dialect.MYSQL);

        assertThat(normalized).isEqualTo("CREATE TABLE \"script\" ( \"key\" varchar(64), \"value\" text,"
                + " KEY idx_v (\"value\"), UNIQUE KEY (\"key\"))");
    }

    @Test
    void dropsPartitioningAndOptionsButKeepsTheTableComment() {
        String normalized = StatementNormalizer.normalize(
                "CREATE TABLE t (\"id\" int) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='orders, PARTITION BY x'"
                        + " PARTITION BY HASH (id) PARTITIONS 4", Dialect.MYSQL);

        assertThat(normalized).isEqualTo("CREATE TABLE \"t\" (\"id\" int) COMMENT='orders, PARTITION BY x'");
    }

    @Test
    void removesConstraintClausesTheModelIgnoresOutsideStrings() {
        String normalized = StatementNormalizer.normalize("ALTER TABLE IF EXISTS ONLY public.t ADD CONSTRAINT c"
                + " FOREIGN KEY (a) REFERENCES b (id) DEFERRABLE INITIALLY DEFERRED NOT VALID", Dialect.POSTGRESQL);

        assertThat(normalized.strip()).isEqualTo(
                "ALTER TABLE IF EXISTS \"public\".\"t\" ADD CONSTRAINT c FOREIGN KEY (a) REFERENCES b (id)");
        assertThat(StatementNormalizer.normalize("COMMENT ON TABLE t IS 'NOT VALID, DEFERRABLE'", Dialect.POSTGRESQL))
                .isEqualTo("COMMENT ON TABLE t IS 'NOT VALID, DEFERRABLE'");
    }
}
