package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Key;
import io.github.schemaguard.model.KeyKind;
import io.github.schemaguard.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Statements JSqlParser rejects as written, and what the reader still takes from them. */
class DdlSourceRecoveryTest {
    @TempDir
    Path dir;

    private DdlReadResult read(Dialect dialect, String sql) throws IOException {
        Path file = Files.writeString(dir.resolve("schema.sql"), sql);
        DdlReadResult result = DdlSource.read(dir, List.of(file), dialect);
        assertThat(result.problems()).isEmpty();
        return result;
    }

    @Test
    void quotesReservedTableAndColumnNames() throws IOException {
        DdlReadResult result = read(Dialect.POSTGRESQL, """
                CREATE TABLE script (id int, script text, settings text, key text, value text, PRIMARY KEY (key));
                ALTER TABLE script ALTER COLUMN settings SET NOT NULL, ALTER COLUMN value SET DEFAULT 'x';
                ALTER TABLE script ADD COLUMN comment text;
                """);

        Table script = result.schema().table("script").orElseThrow();
        assertThat(script.columns()).extracting(Column::name)
                .containsExactly("id", "script", "settings", "key", "value", "comment");
        assertThat(script.primaryKey().columns()).containsExactly("key");
        assertThat(script.column("settings").orElseThrow().nullable()).isFalse();
        assertThat(script.column("value").orElseThrow().defaultExpression()).isEqualTo("'x'");
    }

    @Test
    void dropsClausesTheModelDoesNotNeed() throws IOException {
        DdlReadResult result = read(Dialect.POSTGRESQL, """
                CREATE TABLE events (id bigint NOT NULL, code text COLLATE "C", at timestamp) PARTITION BY RANGE (at);
                CREATE TABLE parent (id bigint PRIMARY KEY);
                ALTER TABLE ONLY events ADD CONSTRAINT events_parent_fk FOREIGN KEY (id) REFERENCES parent (id)
                    DEFERRABLE INITIALLY DEFERRED NOT VALID;
                ALTER TABLE ONLY events ADD CONSTRAINT events_code_key UNIQUE NULLS NOT DISTINCT (code);
                """);

        Table events = result.schema().table("events").orElseThrow();
        assertThat(events.columns()).extracting(Column::name).containsExactly("id", "code", "at");
        assertThat(events.foreignKeys()).extracting(fk -> fk.name()).containsExactly("events_parent_fk");
        assertThat(events.keys()).extracting(Key::name, Key::kind, Key::columns)
                .containsExactly(tuple("events_code_key", KeyKind.UNIQUE_CONSTRAINT, List.of("code")));
    }

    @Test
    void readsIndexesWithOperatorClassesAndExpressions() throws IOException {
        DdlReadResult result = read(Dialect.POSTGRESQL, """
                CREATE TABLE customers (id int, org_id int, name text, email text);
                CREATE INDEX customers_name_trgm ON public.customers USING gin (org_id, name gin_trgm_ops);
                CREATE UNIQUE INDEX customers_email ON customers USING btree (org_id, lower(email) text_pattern_ops)
                    WHERE (email IS NOT NULL);
                """);

        assertThat(result.schema().table("customers").orElseThrow().keys())
                .extracting(Key::name, Key::kind, Key::columns, Key::expression, Key::predicate).containsExactly(
                        tuple("customers_name_trgm", KeyKind.INDEX, List.of("org_id", "name"), false, null),
                        tuple("customers_email", KeyKind.UNIQUE_INDEX,
                                List.of("org_id", "lower(email) text_pattern_ops"), true, "email IS NOT NULL"));
    }

    @Test
    void dropsUnnamedConstraintsByTheNameTheDatabaseGaveThem() throws IOException {
        DdlReadResult postgres = read(Dialect.POSTGRESQL, """
                CREATE TABLE datasets (uuid uuid PRIMARY KEY, ns text, name text, source text REFERENCES sources(id),
                    UNIQUE (ns, name), UNIQUE (source));
                ALTER TABLE datasets DROP CONSTRAINT datasets_ns_name_key;
                ALTER TABLE datasets DROP CONSTRAINT datasets_source_fkey;
                ALTER TABLE datasets DROP CONSTRAINT datasets_pkey;
                """);
        Table datasets = postgres.schema().table("datasets").orElseThrow();
        assertThat(datasets.keys()).extracting(Key::columns).containsExactly(List.of("source"));
        assertThat(datasets.foreignKeys()).isEmpty();
        assertThat(datasets.primaryKey()).isNull();

        DdlReadResult mysql = read(Dialect.MYSQL, """
                CREATE TABLE t (id int, code varchar(8), UNIQUE KEY (code), PRIMARY KEY (id));
                ALTER TABLE t DROP INDEX code;
                """);
        assertThat(mysql.schema().table("t").orElseThrow().keys()).isEmpty();
    }

    @Test
    void readsAlterActionsJSqlParserRejects() throws IOException {
        DdlReadResult result = read(Dialect.MYSQL, """
                CREATE TABLE orders (id int, user_id int, order_no varchar(20), CONSTRAINT fk_user FOREIGN KEY (user_id) REFERENCES users (id));
                ALTER TABLE orders DROP FOREIGN KEY fk_user, ADD INDEX idx_user (user_id), ADD UNIQUE KEY uk_no (order_no);
                """);

        Table orders = result.schema().table("orders").orElseThrow();
        assertThat(orders.foreignKeys()).isEmpty();
        assertThat(orders.keys()).extracting(Key::name, Key::kind)
                .containsExactly(tuple("idx_user", KeyKind.INDEX), tuple("uk_no", KeyKind.UNIQUE_INDEX));
        assertThat(orders.keys().get(1).location().render()).isEqualTo("schema.sql:[2,91]");
    }

    @Test
    void promotesAnIndexToAConstraintWithUsingIndex() throws IOException {
        DdlReadResult result = read(Dialect.POSTGRESQL, """
                CREATE TABLE jobs (id int, name text);
                CREATE UNIQUE INDEX jobs_name_idx ON jobs (name);
                ALTER TABLE jobs ADD CONSTRAINT jobs_name_key UNIQUE USING INDEX jobs_name_idx;
                """);

        assertThat(result.schema().table("jobs").orElseThrow().keys()).extracting(Key::name, Key::kind, Key::columns)
                .containsExactly(tuple("jobs_name_key", KeyKind.UNIQUE_CONSTRAINT, List.of("name")));
    }

    @Test
    void renamedConstraintsAreDroppedByTheirNewName() throws IOException {
        DdlReadResult result = read(Dialect.POSTGRESQL, """
                CREATE TABLE t (id int, code text, CONSTRAINT t_code_key UNIQUE (code));
                ALTER TABLE t RENAME CONSTRAINT t_code_key TO t_code_uk;
                ALTER TABLE IF EXISTS ONLY t RENAME CONSTRAINT t_code_uk TO t_code_unique;
                ALTER TABLE t DROP CONSTRAINT t_code_key;
                """);

        assertThat(result.schema().table("t").orElseThrow().keys()).extracting(Key::name)
                .containsExactly("t_code_unique");
    }

    @Test
    void readsIdentityColumnsDeclaredByPgDumpAfterTheTable() throws IOException {
        DdlReadResult result = read(Dialect.POSTGRESQL, """
                CREATE TABLE public.t (id integer NOT NULL, n integer);
                ALTER TABLE public.t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
                    SEQUENCE NAME public.t_id_seq
                    START WITH 1
                    CACHE 1
                );
                """);

        Table t = result.schema().table("t").orElseThrow();
        assertThat(t.column("id").orElseThrow().autoIncrement()).isTrue();
        assertThat(t.column("n").orElseThrow().autoIncrement()).isFalse();
    }

    @Test
    void readsMysqlStringsWithBackslashEscapes() throws IOException {
        DdlReadResult result = read(Dialect.MYSQL, """
                CREATE TABLE t (id int COMMENT 'the user\\'s id') COMMENT='a \\\\ b';
                """);

        Table t = result.schema().table("t").orElseThrow();
        assertThat(t.column("id").orElseThrow().comment()).isEqualTo("the user's id");
        assertThat(t.comment()).isEqualTo("a \\ b");
    }
}
