package io.github.schemaguard.source.live;

import io.github.schemaguard.model.Dialect;
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
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crawl needs no more than CONNECT, USAGE and SELECT, and writes nothing. The proof is the database's own
 * bookkeeping: {@code pg_stat_database} of a database no one else uses, read from another database so that the
 * observer's transactions are not counted, shows the crawl's session (its rolled-back transaction), no more
 * committed transactions than a session that only connects, and no inserted, updated or deleted row, catalog
 * rows (temporary tables) included.
 */
@Tag("db")
class PostgresReadOnlyCrawlTest {

    private static final String DATABASE = "sg_pgcat_readonly";
    private static final String ROLE = "sg_pgcat_reader";
    private static final String COUNTERS = "SELECT xact_commit, xact_rollback, tup_inserted, tup_updated,"
            + " tup_deleted FROM pg_stat_database WHERE datname = '" + DATABASE + "'";

    @BeforeAll
    static void createDatabaseAndRole() throws Exception {
        dropDatabaseAndRole();
        try (Connection server = TestServers.postgres("test")) {
            TestServers.execute(server, "CREATE DATABASE " + DATABASE, "CREATE ROLE " + ROLE + " LOGIN",
                    "GRANT CONNECT ON DATABASE " + DATABASE + " TO " + ROLE);
        }
        try (Connection owner = TestServers.postgres(DATABASE)) {
            TestServers.execute(owner, "REVOKE ALL ON SCHEMA public FROM PUBLIC", "CREATE SCHEMA shop");
            CatalogParity.load(owner, CatalogParity.files(CatalogParity.resource("/live/incident-postgresql")),
                    Dialect.POSTGRESQL);
            TestServers.execute(owner, "ALTER TABLE t_order SET SCHEMA shop", "ALTER TABLE t_payment SET SCHEMA shop",
                    "GRANT USAGE ON SCHEMA shop TO " + ROLE, "GRANT SELECT ON ALL TABLES IN SCHEMA shop TO " + ROLE,
                    // nothing left for autovacuum to do while the counters are watched
                    "VACUUM ANALYZE");
        }
    }

    @AfterAll
    static void dropDatabaseAndRole() throws SQLException {
        try (Connection server = TestServers.postgres("test")) {
            TestServers.execute(server, "DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)",
                    "DROP ROLE IF EXISTS " + ROLE);
        }
    }

    @Test
    void crawlsWithSelectOnlyAndWritesNothing() throws Exception {
        Map<String, Long> start = settled(counters());
        // The control: a session that connects and leaves. Its startup transactions (the server's and the
        // driver's) count as commits though they write nothing; the crawl's session may count only as many.
        TestServers.postgres(DATABASE, ROLE).close();
        Map<String, Long> afterControl = settled(changedFrom(start));
        Schema crawled;
        List<String> progress = new ArrayList<>();
        try (Connection reader = TestServers.postgres(DATABASE, ROLE)) {
            reader.setReadOnly(true);
            reader.setAutoCommit(false);
            crawled = PostgresCatalog.read(reader, "shop"::equals, (schema, table) -> true,
                    "postgresql://127.0.0.1:5432/" + DATABASE, progress::add);
            reader.rollback();
        }
        Map<String, Long> afterCrawl = settled(changedFrom(afterControl));

        assertThat(progress).isNotEmpty();
        assertThat(crawled.tables()).extracting(Table::qualifiedName).containsExactly("shop.t_order", "shop.t_payment");
        assertThat(CatalogParity.liveFindings(crawled, List.of()))
                .contains("business-key-not-unique shop.t_order.order_no", "time-based-identifier shop.t_payment.pay_no");
        Map<String, Long> control = difference(afterControl, start);
        Map<String, Long> crawl = difference(afterCrawl, afterControl);
        assertThat(crawl).as("pg_stat_database changes by the crawl's session, against a bare session's %s", control)
                .containsEntry("xact_commit", control.get("xact_commit")).containsEntry("xact_rollback", 1L)
                .containsEntry("tup_inserted", 0L).containsEntry("tup_updated", 0L).containsEntry("tup_deleted", 0L);
    }

    private static Map<String, Long> difference(Map<String, Long> after, Map<String, Long> before) {
        Map<String, Long> difference = new TreeMap<>();
        after.forEach((name, value) -> difference.put(name, value - before.get(name)));
        return difference;
    }

    /** The counters once a session's statistics arrived (they are sent when it ends), within 10 seconds. */
    private static Map<String, Long> changedFrom(Map<String, Long> before) throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            Map<String, Long> now = counters();
            if (!now.equals(before)) {
                return now;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("pg_stat_database of " + DATABASE + " never counted the session: " + before);
    }

    /** The counters once two reads half a second apart agree: no session's statistics are still arriving. */
    private static Map<String, Long> settled(Map<String, Long> first) throws Exception {
        Map<String, Long> last = first;
        for (int attempt = 0; attempt < 20; attempt++) {
            Thread.sleep(500);
            Map<String, Long> now = counters();
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        throw new AssertionError("pg_stat_database of " + DATABASE + " does not settle: " + last);
    }

    /** Read from the {@code test} database: the observer's own transactions count there, not in ours. */
    private static Map<String, Long> counters() throws SQLException {
        Map<String, Long> counters = new TreeMap<>();
        try (Connection observer = TestServers.postgres("test")) {
            CatalogQuery.each(observer, COUNTERS, List.of(), row -> {
                for (int i = 1; i <= 5; i++) {
                    counters.put(row.getMetaData().getColumnName(i), row.getLong(i));
                }
            });
        }
        return counters;
    }
}
