package io.github.schemaguard.source.live;

import io.github.schemaguard.LintRequest;
import io.github.schemaguard.SchemaGuard;
import io.github.schemaguard.model.Table;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.source.app.ApplicationSqlRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * End to end on the real servers (profile db): the incident's orders table, created in a schema or database of
 * this test's own and dropped afterwards, read through whichever reader the engine picks for the server; only the
 * conventions every reader keeps are checked (schema qualifier, location, the finding).
 */
@Tag("db")
class ServerLiveLintTest {

    private static final String NAME = "live_lint_live";

    @Test
    void postgresqlIncidentInAnotherSchema() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:5432/test";
        try (Connection admin = DriverManager.getConnection(url, "postgres", "")) {
            TestDatabases.execute(admin, "DROP SCHEMA IF EXISTS " + NAME + " CASCADE", "CREATE SCHEMA " + NAME,
                    "CREATE TABLE " + NAME + ".t_order (id BIGSERIAL PRIMARY KEY, order_no VARCHAR(32) NOT NULL)",
                    "CREATE INDEX idx_t_order_order_no ON " + NAME + ".t_order (order_no)");
            try {
                LiveDatabase database = new LiveDatabase(url, "postgres", null, NameFilter.parse(NAME, null), null,
                        null, null, null);
                Table order = LiveSource.read(database, line -> { }).tables().get(0);
                assertThat(order.qualifiedName()).isEqualTo(NAME + ".t_order");
                assertThat(order.column("id").orElseThrow().autoIncrement()).isTrue();
                assertThat(lint(database)).extracting(Finding::ruleId, f -> f.location().render())
                        .containsExactly(tuple("business-key-not-unique", url + "/" + NAME + ".t_order.order_no"));
            } finally {
                TestDatabases.execute(admin, "DROP SCHEMA " + NAME + " CASCADE");
            }
        }
    }

    @Test
    void mariadbIncidentInTheConnectionsDatabase() throws Exception {
        try (Connection admin = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/test", "root", "")) {
            TestDatabases.execute(admin, "DROP DATABASE IF EXISTS " + NAME, "CREATE DATABASE " + NAME,
                    "CREATE TABLE " + NAME + ".t_order (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,"
                            + " order_no VARCHAR(32) NOT NULL COMMENT 'order number', KEY idx_t_order_order_no (order_no))");
            try {
                String url = "jdbc:mariadb://127.0.0.1:3306/" + NAME;
                LiveDatabase database = new LiveDatabase(url, "root", null);
                Table order = LiveSource.read(database, line -> { }).tables().get(0);
                assertThat(order.schema()).isNull();
                assertThat(order.column("order_no").orElseThrow().comment()).isEqualTo("order number");
                assertThat(lint(database)).extracting(Finding::ruleId, Finding::objectPath, f -> f.location().render())
                        .containsExactly(tuple("business-key-not-unique", "t_order.order_no",
                                url + "/" + NAME + ".t_order.order_no"));
            } finally {
                TestDatabases.execute(admin, "DROP DATABASE " + NAME);
            }
        }
    }

    private static List<Finding> lint(LiveDatabase database) throws Exception {
        return SchemaGuard.withBuiltinRules().lint(new LintRequest(Path.of("."), null, List.of(), List.of(), null,
                ApplicationSqlRequest.NONE, List.of(database))).findings();
    }
}
