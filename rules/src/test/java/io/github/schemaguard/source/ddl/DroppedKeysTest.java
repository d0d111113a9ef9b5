package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.DroppedKey;
import io.github.schemaguard.model.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The reader remembers unique keys that migrations drop, for {@code unique-key-dropped}. */
class DroppedKeysTest {
    @TempDir
    Path dir;

    private List<DroppedKey> dropped(Dialect dialect, String sql) throws IOException {
        Path file = Files.writeString(dir.resolve("V1__m.sql"), sql);
        return DdlSource.read(dir, List.of(file), dialect).schema().droppedKeys();
    }

    @Test
    void remembersMySqlDropsWithTheDroppingStatementAndIgnoresPlainIndexes() throws IOException {
        List<DroppedKey> dropped = dropped(Dialect.MYSQL, """
                CREATE TABLE t (id BIGINT NOT NULL, a INT NOT NULL, b INT NOT NULL, c INT, d INT NOT NULL,
                  PRIMARY KEY (id), UNIQUE KEY uk_a (a), UNIQUE KEY uk_b (b), KEY idx_c (c), UNIQUE KEY uk_cd (c, d));
                ALTER TABLE t DROP INDEX uk_a;
                DROP INDEX uk_b ON t;
                ALTER TABLE t DROP INDEX idx_c;
                ALTER TABLE t DROP COLUMN d;
                ALTER TABLE t DROP PRIMARY KEY;
                """);

        assertThat(dropped).extracting(d -> d.key().name(), d -> d.key().columns(), DroppedKey::location)
                .containsExactly(tuple("uk_a", List.of("a"), Location.of("V1__m.sql", 3, 1)),
                        tuple("uk_b", List.of("b"), Location.of("V1__m.sql", 4, 1)),
                        tuple(null, List.of("id"), Location.of("V1__m.sql", 7, 1)));
        assertThat(dropped).allSatisfy(d -> assertThat(d.table().name()).isEqualTo("t"));
    }

    @Test
    void aDroppedColumnThatWasAUniqueKeyOnItsOwnCounts() throws IOException {
        assertThat(dropped(Dialect.MYSQL, """
                CREATE TABLE t (id BIGINT NOT NULL PRIMARY KEY, code VARCHAR(8) NOT NULL UNIQUE);
                ALTER TABLE t DROP COLUMN code;
                """)).extracting(d -> d.key().columns()).containsExactly(List.of("code"));
    }

    @Test
    void followsLaterRenamesAndForgetsKeysOfDroppedTables() throws IOException {
        List<DroppedKey> dropped = dropped(Dialect.POSTGRESQL, """
                CREATE TABLE jobs (uuid uuid PRIMARY KEY, name varchar NOT NULL, UNIQUE (name));
                ALTER TABLE jobs DROP CONSTRAINT jobs_name_key;
                ALTER TABLE jobs RENAME COLUMN name TO simple_name;
                ALTER TABLE jobs RENAME TO pipeline_jobs;
                CREATE TABLE tmp (id int PRIMARY KEY, code text, CONSTRAINT tmp_code_key UNIQUE (code));
                ALTER TABLE tmp DROP CONSTRAINT tmp_code_key;
                DROP TABLE tmp;
                """);

        assertThat(dropped).extracting(d -> d.table().name(), d -> d.key().name(), d -> d.key().columns())
                .containsExactly(tuple("pipeline_jobs", "jobs_name_key", List.of("simple_name")));
    }

    @Test
    void anIndexTakenOverByAConstraintIsNotDropped() throws IOException {
        assertThat(dropped(Dialect.POSTGRESQL, """
                CREATE TABLE t (id int PRIMARY KEY, code text NOT NULL);
                CREATE UNIQUE INDEX t_code_idx ON t (code);
                ALTER TABLE t ADD CONSTRAINT t_code_key UNIQUE USING INDEX t_code_idx;
                """)).isEmpty();
    }
}
