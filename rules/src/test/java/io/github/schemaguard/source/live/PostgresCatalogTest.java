package io.github.schemaguard.source.live;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.Key;
import io.github.schemaguard.model.KeyKind;
import io.github.schemaguard.model.Schema;
import io.github.schemaguard.model.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@link PostgresCatalog} reads from each kind of catalog entry, in a schema of this test's own. */
@Tag("db")
class PostgresCatalogTest {

    private static final String SCHEMA = "sg_pgcat_reader";
    private static Schema crawled;
    private static final List<String> PROGRESS = new ArrayList<>();

    @BeforeAll
    static void createAndCrawl() throws SQLException {
        try (Connection connection = TestServers.postgres("test")) {
            TestServers.execute(connection, "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE", "CREATE SCHEMA " + SCHEMA,
                    "SET search_path = " + SCHEMA,
                    "CREATE TABLE account (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                            + " email character varying(64) COLLATE \"C\" NOT NULL, created_at timestamp DEFAULT now(),"
                            + " email_lower text GENERATED ALWAYS AS (lower(email)) STORED, deleted_at timestamptz,"
                            + " score double precision, serial_no bigserial)",
                    "COMMENT ON TABLE account IS 'people'", "COMMENT ON COLUMN account.email IS 'login'",
                    "CREATE UNIQUE INDEX account_email_live ON account (lower(email)) WHERE deleted_at IS NULL",
                    "ALTER TABLE account ADD CONSTRAINT account_serial_key UNIQUE NULLS NOT DISTINCT (serial_no)",
                    "CREATE INDEX account_created ON account USING brin (created_at)",
                    "CREATE INDEX account_score ON account (score) INCLUDE (email)",
                    "CREATE TABLE login (id bigint PRIMARY KEY, account_id integer NOT NULL,"
                            + " CONSTRAINT login_account FOREIGN KEY (account_id) REFERENCES account (id))",
                    "CREATE TABLE skipped (id bigint)");
        }
        try (Connection connection = TestServers.postgres("test")) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            crawled = PostgresCatalog.read(connection, SCHEMA::equals, (schema, table) -> !table.equals("skipped"),
                    "postgresql://127.0.0.1:5432/test", PROGRESS::add);
            connection.rollback();
        }
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        try (Connection connection = TestServers.postgres("test")) {
            TestServers.execute(connection, "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Test
    void readsTablesOfTheChosenSchemaWithLogicalLocations() {
        assertThat(crawled.tables()).extracting(Table::qualifiedName)
                .containsExactly(SCHEMA + ".account", SCHEMA + ".login");
        Table account = account();
        assertThat(account.comment()).isEqualTo("people");
        assertThat(account.location().render()).isEqualTo("postgresql://127.0.0.1:5432/test/" + SCHEMA + ".account");
        assertThat(PROGRESS).hasSize(5).allMatch(line -> line.startsWith("PostgreSQL catalog: "));
    }

    @Test
    void readsColumnsAsTheRulesExpectThem() {
        Table account = account();
        assertThat(account.columns()).extracting(Column::name).containsExactly("id", "email", "created_at",
                "email_lower", "deleted_at", "score", "serial_no");
        assertThat(column("id")).satisfies(c -> {
            assertThat(c.type()).isEqualTo("integer");
            assertThat(c.autoIncrement()).isTrue();
            assertThat(c.nullable()).isFalse();
        });
        assertThat(column("email")).satisfies(c -> {
            assertThat(c.type()).isEqualTo("character varying(64)");
            assertThat(c.collation()).isEqualTo("C");
            assertThat(c.comment()).isEqualTo("login");
            assertThat(c.location().render()).endsWith("/" + SCHEMA + ".account.email");
        });
        assertThat(column("created_at").defaultExpression()).isEqualTo("now()");
        assertThat(column("created_at").collation()).isNull();
        assertThat(column("email_lower")).satisfies(c -> {
            assertThat(c.generatedExpression()).isEqualTo("lower((email)::text)");
            assertThat(c.defaultExpression()).isNull();
        });
        assertThat(column("serial_no").autoIncrement()).isTrue();
        assertThat(column("score").autoIncrement()).isFalse();
    }

    @Test
    void readsKeysInCreationOrderWithTheirStorage() {
        Table account = account();
        assertThat(account.primaryKey()).satisfies(pk -> {
            assertThat(pk.kind()).isEqualTo(KeyKind.PRIMARY_KEY);
            assertThat(pk.columns()).containsExactly("id");
        });
        assertThat(account.keys()).extracting(Key::name).containsExactly("account_email_live", "account_serial_key",
                "account_created", "account_score");
        assertThat(account.keys().get(0)).satisfies(k -> {
            assertThat(k.kind()).isEqualTo(KeyKind.UNIQUE_INDEX);
            assertThat(k.expression()).isTrue();
            assertThat(k.columns()).containsExactly("lower((email)::text)");
            assertThat(k.predicate()).isEqualTo("(deleted_at IS NULL)");
        });
        assertThat(account.keys().get(1)).satisfies(k -> {
            assertThat(k.kind()).isEqualTo(KeyKind.UNIQUE_CONSTRAINT);
            assertThat(k.nullsDistinct()).isFalse();
        });
        assertThat(account.keys().get(2).method()).isEqualTo("brin");
        assertThat(account.keys().get(3)).satisfies(k -> {
            assertThat(k.columns()).containsExactly("score");
            assertThat(k.included()).containsExactly("email");
            assertThat(k.nullsDistinct()).isTrue();
        });
    }

    @Test
    void readsForeignKeysByReferencedTableName() {
        Table login = crawled.table("login").orElseThrow();
        assertThat(login.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.name()).isEqualTo("login_account");
            assertThat(fk.columns()).containsExactly("account_id");
            assertThat(fk.referencedTable()).isEqualTo("account");
            assertThat(fk.referencedColumns()).containsExactly("id");
        });
    }

    private static Table account() {
        return crawled.table("account").orElseThrow();
    }

    private static Column column(String name) {
        return account().column(name).orElseThrow();
    }
}
