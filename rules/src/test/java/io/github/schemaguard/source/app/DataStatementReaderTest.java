package io.github.schemaguard.source.app;

import io.github.schemaguard.model.DataStatement;
import io.github.schemaguard.model.DataStatement.Operation;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Location;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DataStatementReaderTest {

    private static final Location AT = Location.of("OrderMapper.xml", 7, 1);

    private static DataStatement model(String sql) {
        DataStatementReader read = DataStatementReader.read(
                List.of(new ApplicationSql(sql, AT, "com.example.OrderMapper.m", false)), Dialect.MYSQL);
        assertThat(read.problems()).isEmpty();
        return read.statements().get(0);
    }

    @Test
    void pinsColumnsEqualToValuesInTheTopLevelConjunction() {
        DataStatement update = model("UPDATE t_order o SET status = 1 WHERE o.order_no = ? AND (tenant_id = 'a')"
                + " AND id IN (?) AND status <> 2 AND amount = UPPER(?) AND other.x = ? AND created_at IS NULL");

        assertThat(update.operation()).isEqualTo(Operation.UPDATE);
        assertThat(update.table()).isEqualTo("t_order");
        assertThat(update.pinnedColumns()).containsExactly("order_no", "tenant_id", "id", "amount");
        assertThat(update.conditionColumns()).containsExactly("order_no", "tenant_id", "id", "status", "amount",
                "created_at");
    }

    @Test
    void orSeveralValuesAndColumnComparisonsPinNothing() {
        assertThat(model("DELETE FROM t WHERE a = ? OR b = ?").pinnedColumns()).isEmpty();
        assertThat(model("DELETE FROM t WHERE a IN (?, ?) AND b = c AND NOT (d = ?)").pinnedColumns()).isEmpty();
    }

    @Test
    void withJoinsOnlyColumnsQualifiedByTheTargetCount() {
        DataStatement select = model("SELECT o.* FROM t_order o JOIN t_user u ON u.id = o.user_id"
                + " WHERE o.order_no = ? AND name = ? FOR UPDATE");

        assertThat(select.operation()).isEqualTo(Operation.SELECT_FOR_UPDATE);
        assertThat(select.pinnedColumns()).containsExactly("order_no");
    }

    @Test
    void selectsLimitedToOneRowAreKnownAsSuch() {
        assertThat(model("SELECT * FROM t WHERE a = ? LIMIT 1").atMostOneRow()).isTrue();
        assertThat(model("SELECT count(*), max(id) FROM t WHERE a = ?").atMostOneRow()).isTrue();
        assertThat(model("SELECT a, count(*) FROM t GROUP BY a").atMostOneRow()).isFalse();
        assertThat(model("SELECT * FROM t WHERE a = ?").atMostOneRow()).isFalse();
    }

    @Test
    void upsertsKeepTheirInsertedColumnsAndConflictTarget() {
        DataStatement duplicate = model("INSERT INTO t (`a`, b) VALUES (?, ?) ON DUPLICATE KEY UPDATE b = VALUES(b)");
        DataStatement replace = model("REPLACE INTO t SET a = ?, b = ?");
        DataStatement conflict = model("INSERT INTO t (a, b) VALUES (?, ?) ON CONFLICT (a) WHERE d IS NULL DO NOTHING");

        assertThat(duplicate.operation()).isEqualTo(Operation.INSERT_ON_DUPLICATE_KEY);
        assertThat(duplicate.insertColumns()).containsExactly("a", "b");
        assertThat(replace.operation()).isEqualTo(Operation.REPLACE);
        assertThat(replace.insertColumns()).containsExactly("a", "b");
        assertThat(conflict.operation()).isEqualTo(Operation.INSERT_ON_CONFLICT);
        assertThat(conflict.conflictColumns()).containsExactly("a");
        assertThat(conflict.conflictPredicate()).isTrue();
    }

    @Test
    void objectPathsNameTheStatementNotTheLine() {
        DataStatement update = model("UPDATE t_order SET status = 1 WHERE order_no = ?");
        DataStatement script = DataStatementReader.read(List.of(new ApplicationSql(
                "UPDATE t_order SET status = 1 WHERE order_no = ?", AT, "db/fix.sql", false)), Dialect.MYSQL)
                .statements().get(0);

        assertThat(update.objectPath("order_no")).isEqualTo("t_order.order_no@OrderMapper.m");
        assertThat(script.objectPath("order_no")).isEqualTo("t_order.order_no@db/fix.sql#" + update.hash());
    }

    @Test
    void aStatementThatDoesNotParseIsAProblemAtItsDeclaration() {
        DataStatementReader read = DataStatementReader.read(List.of(
                new ApplicationSql("UPDATE t SET WHERE", AT, "com.example.OrderMapper.broken", false),
                new ApplicationSql("CALL refresh()", AT, "com.example.OrderMapper.call", false)), Dialect.MYSQL);

        assertThat(read.statements()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo(AT);
            assertThat(problem.cause()).isEqualTo("Encountered: <K_WHERE> / \"WHERE\" in com.example.OrderMapper.broken");
            assertThat(problem.excerpt()).isEqualTo("UPDATE t SET WHERE");
        });
    }

    @Test
    void aVariantThatDoesNotParseIsNoProblemWhenAnotherVariantOfTheStatementParses() {
        DataStatementReader read = DataStatementReader.read(List.of(
                new ApplicationSql("DELETE FROM t WHERE (schemaguard_dynamic)", AT, "com.example.M.byExample", false),
                new ApplicationSql("DELETE FROM t WHERE (schemaguard_dynamic ?)", AT, "com.example.M.byExample", false)),
                Dialect.MYSQL);

        assertThat(read.problems()).isEmpty();
        assertThat(read.statements()).hasSize(1);
    }

    @Test
    void aClauseSplicedAfterACompleteConditionIsReadWithoutIt() {
        DataStatementReader read = DataStatementReader.read(List.of(
                new ApplicationSql("UPDATE t SET s = ? WHERE order_no = ? schemaguard_dynamic", AT, "M.scoped", false),
                new ApplicationSql("SELECT * FROM t AS o schemaguard_dynamic", AT, "M.wrapper", false),
                new ApplicationSql("DELETE FROM t WHERE (schemaguard_dynamic ? AND schemaguard_dynamic ?)", AT,
                        "M.byExample", false)), Dialect.MYSQL);

        assertThat(read.statements()).extracting(DataStatement::origin).containsExactly("M.scoped", "M.wrapper");
        assertThat(read.statements().get(0).pinnedColumns()).containsExactly("order_no");
        assertThat(read.problems()).singleElement().satisfies(problem ->
                assertThat(problem.cause()).endsWith("in M.byExample"));
    }
}
