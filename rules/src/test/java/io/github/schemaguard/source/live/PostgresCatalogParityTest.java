package io.github.schemaguard.source.live;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parity on PostgreSQL: each PostgreSQL rule fixture, and the incident schema, is loaded into the {@code public}
 * schema of a database of this test's own, crawled by {@link PostgresCatalog} and linted; the findings must be
 * DDL mode's, object for object.
 */
@Tag("db")
class PostgresCatalogParityTest {

    private static final String DATABASE = "sg_pgcat_parity";

    /** Fixtures about files, not schemas: a database holds neither their text nor their history. */
    private static final Set<String> LEFT_OUT = Set.of(
            // unparseable statements never reach a database; the silent one is a dump with COPY data
            "parse-error",
            // suppression comments live in the files only
            "expired-suppression", "suppression-without-reason", "unused-suppression",
            // a dropped key is history: the database keeps only the end state
            "unique-key-dropped",
            // ALTER TABLE ONLY gives the parent alone its key; the dump's per-partition keys and ALTER INDEX ...
            // ATTACH PARTITION lines are not in the fixture, so loaded, the partitions really have no key
            "table-without-primary-key/postgresql-partitions-silent.sql");

    /** Objects a fixture refers to without creating them, as a real database would already have them. */
    private static final Map<String, String> SETUP = Map.of(
            "time-based-identifier/postgresql-silent.sql", "CREATE SEQUENCE public.order_serial_seq");

    @BeforeAll
    static void createDatabase() throws SQLException {
        try (Connection server = TestServers.postgres("test")) {
            TestServers.execute(server, "DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)",
                    "CREATE DATABASE " + DATABASE);
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        try (Connection server = TestServers.postgres("test")) {
            TestServers.execute(server, "DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
    }

    static Stream<String> cases() throws IOException {
        return Stream.concat(Stream.of("incident"), CatalogParity.fixtures("postgresql-", LEFT_OUT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameFindingsAsDdlMode(String name) throws Exception {
        Path source = name.equals("incident") ? CatalogParity.resource("/live/incident-postgresql")
                : CatalogParity.FIXTURES.resolve(name);
        List<Path> files = CatalogParity.files(source);
        try (Connection connection = TestServers.postgres(DATABASE)) {
            // The extensions and the collation the fixtures use, in a fresh public schema for each case.
            TestServers.execute(connection, "DROP SCHEMA IF EXISTS public CASCADE", "CREATE SCHEMA public",
                    "CREATE EXTENSION citext SCHEMA public", "CREATE EXTENSION pg_trgm SCHEMA public",
                    "CREATE EXTENSION btree_gin SCHEMA public",
                    "CREATE COLLATION public.case_insensitive (provider = icu, locale = 'und-u-ks-level2',"
                            + " deterministic = false)");
            if (SETUP.containsKey(name)) {
                TestServers.execute(connection, SETUP.get(name));
            }
            CatalogParity.load(connection, files, Dialect.POSTGRESQL);
        }
        Schema crawled;
        try (Connection connection = TestServers.postgres(DATABASE)) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            crawled = PostgresCatalog.read(connection, "public"::equals, (schema, table) -> true,
                    "postgresql://127.0.0.1:5432/" + DATABASE, line -> { });
            connection.rollback();
        }

        List<String> ddl = CatalogParity.ddlFindings(files, Dialect.POSTGRESQL, "public");
        assertThat(CatalogParity.liveFindings(crawled, ddl)).as("%s crawled", name).isEqualTo(ddl);
        if (name.equals("incident")) {
            // The trigger's function body is read: the clock-made payment number is seen.
            assertThat(ddl).contains("business-key-not-unique t_order.order_no", "time-based-identifier t_payment.pay_no");
        }
    }
}
