package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The two foreign key rules, on DDL read by the real reader. */
class ForeignKeyRulesTest {

    private static final String ORDERS = """
            CREATE TABLE customers (id bigint PRIMARY KEY, display_name text NOT NULL);
            CREATE TABLE orders (
              id bigint PRIMARY KEY,
              customer_id integer NOT NULL,
              CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id)
            );
            """;

    @Test
    void aMissingIndexGetsACreateIndexFixInPostgresqlOnly() {
        List<Finding> postgresql = DdlLint.run(new ForeignKeyWithoutIndexRule(), Dialect.POSTGRESQL, ORDERS);

        assertThat(postgresql).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.objectPath()).isEqualTo("orders.orders_customer_fk");
            assertThat(f.message()).startsWith("Foreign key orders(customer_id) -> customers has no index");
            assertThat(f.fix()).isEqualTo("CREATE INDEX idx_orders_customer_id ON orders (customer_id);");
        });
        assertThat(DdlLint.run(new ForeignKeyWithoutIndexRule(), Dialect.MYSQL, ORDERS)).isEmpty();
        assertThat(DdlLint.run(new ForeignKeyWithoutIndexRule(), Dialect.H2, ORDERS)).isEmpty();
        assertThat(DdlLint.run(new ForeignKeyWithoutIndexRule(), Dialect.GENERIC, ORDERS)).isEmpty();
    }

    @Test
    void aPartialIndexOnTheColumnsIsNamedAsTheOneThatMissesRows() {
        List<Finding> findings = DdlLint.run(new ForeignKeyWithoutIndexRule(), Dialect.POSTGRESQL, ORDERS + """
                ALTER TABLE orders ADD COLUMN deleted_at timestamp;
                CREATE INDEX orders_live_customer ON orders (customer_id) WHERE deleted_at IS NULL;
                """);

        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message()).endsWith("Create an index that "
                + "starts with customer_id and covers every row: partial index orders_live_customer (WHERE "
                + "deleted_at IS NULL) leaves out rows that may still reference one."));
        assertThat(DdlLint.run(new ForeignKeyWithoutIndexRule(), Dialect.POSTGRESQL, ORDERS).get(0).message())
                .endsWith("Create an index that starts with customer_id.");
    }

    @Test
    void aTypeMismatchNamesBothTypesAndAltersTheTypeInPostgresql() {
        Finding postgresql = DdlLint.run(new ForeignKeyTypeMismatchRule(), Dialect.POSTGRESQL, ORDERS).get(0);

        assertThat(postgresql.objectPath()).isEqualTo("orders.customer_id");
        assertThat(postgresql.message()).startsWith("orders.customer_id is int but references customers.id, "
                + "which is bigint");
        assertThat(postgresql.fix()).isEqualTo("ALTER TABLE orders ALTER COLUMN customer_id TYPE bigint;");
        // MySQL's MODIFY restates the whole column: the message says what to do, no one-line fix.
        assertThat(DdlLint.run(new ForeignKeyTypeMismatchRule(), Dialect.MYSQL, ORDERS))
                .singleElement().extracting(Finding::fix).isNull();
    }
}
