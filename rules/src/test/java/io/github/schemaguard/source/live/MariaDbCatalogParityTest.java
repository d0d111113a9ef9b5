package io.github.schemaguard.source.live;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parity on MariaDB: each MySQL rule fixture, and the incident example's migrations, is loaded into a
 * database of this test's own, crawled by {@link MariaDbCatalog} and linted; the findings must be DDL mode's,
 * object for object.
 */
@Tag("db")
class MariaDbCatalogParityTest {

    private static final String DATABASE = "sg_pgcat_parity";
    private static final Path INCIDENT = Path.of("").toAbsolutePath().getParent()
            .resolve("examples/incident/src/main/resources/db/migration");

    /** Fixtures about files rather than schemas, and fixtures MariaDB refuses to load. */
    private static final Set<String> LEFT_OUT = Set.of(
            // unparseable statements never reach a database; the silent one is a dump with data
            "parse-error",
            // suppression comments live in the files only
            "expired-suppression", "suppression-without-reason", "unused-suppression",
            // a dropped key is history: the database keeps only the end state
            "unique-key-dropped",
            // utf8mb4_0900_as_cs is MySQL 8's; MariaDB has no such collation
            "case-sensitive-unique-identity/mysql-fires.sql",
            // InnoDB refuses a foreign key between integers of another sign (errno 150), checks off or not: the
            // mismatch the fixture shows cannot get into the database
            "foreign-key-type-mismatch/mysql-fires.sql",
            // a VARCHAR longer than 5000 characters in utf8mb4 passes InnoDB's 65,535-byte row limit: refused
            "alibaba-varchar-too-long");

    @AfterAll
    static void dropDatabase() throws SQLException {
        try (Connection server = TestServers.mariadb("")) {
            TestServers.execute(server, "DROP DATABASE IF EXISTS " + DATABASE);
        }
    }

    static Stream<String> cases() throws IOException {
        return Stream.concat(Stream.of("incident"), CatalogParity.fixtures("mysql-", LEFT_OUT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameFindingsAsDdlMode(String name) throws Exception {
        List<Path> files = CatalogParity.files(name.equals("incident") ? INCIDENT
                : CatalogParity.FIXTURES.resolve(name));
        try (Connection server = TestServers.mariadb("")) {
            TestServers.execute(server, "DROP DATABASE IF EXISTS " + DATABASE,
                    "CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
        }
        try (Connection connection = TestServers.mariadb(DATABASE)) {
            // Dumps and fixtures create tables in any order; so does mysqldump, which switches the checks off too.
            TestServers.execute(connection, "SET FOREIGN_KEY_CHECKS = 0");
            CatalogParity.load(connection, files, Dialect.MYSQL);
        }
        Schema crawled;
        try (Connection connection = TestServers.mariadb(DATABASE)) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            crawled = MariaDbCatalog.read(connection, DATABASE::equals, (schema, table) -> true,
                    "mariadb://127.0.0.1:3306/" + DATABASE, line -> { });
            connection.rollback();
        }

        List<String> ddl = CatalogParity.ddlFindings(files, Dialect.MYSQL, null);
        assertThat(CatalogParity.liveFindings(crawled, ddl)).as("%s crawled", name).isEqualTo(ddl);
        if (name.equals("incident")) {
            // ACTION_STATEMENT is read: the trigger's clock-made payment number is seen.
            assertThat(ddl).contains("business-key-not-unique t_order.order_no", "time-based-identifier t_payment.pay_no");
        }
    }
}
