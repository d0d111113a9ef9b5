package io.github.schemaguard.source.live;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.KeyKind;
import io.github.schemaguard.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The model conventions both direct readers share, without a server. */
class CatalogTablesTest {

    private final CatalogTables tables = new CatalogTables("postgresql://db:5432/shop", "public",
            (schema, table) -> !table.startsWith("tmp_"));

    @Test
    void defaultSchemaTablesAreUnqualifiedOthersKeepTheirSchemaAndOrderIsBySchemaThenName() {
        tables.addTable(3L, "public", "t_order", "", null);
        tables.addTable(1L, "billing", "invoice", "Invoices", null);
        tables.addTable(2L, "public", "customer", null, null);

        List<Table> built = tables.build();

        assertThat(built).extracting(Table::qualifiedName).containsExactly("billing.invoice", "customer", "t_order");
        assertThat(built).extracting(Table::comment).containsExactly("Invoices", null, null);
        assertThat(built.get(1).location().render()).isEqualTo("postgresql://db:5432/shop/public.customer");
    }

    @Test
    void aPartitionNamesItsParentTheWayTheParentIsNamed() {
        tables.addTable(1L, "billing", "events", null, null);
        tables.addTable(2L, "billing", "events_2026", null, 1L);
        tables.addTable(3L, "public", "clicks", null, null);
        tables.addTable(4L, "public", "clicks_default", null, 3L);

        assertThat(tables.build()).extracting(Table::qualifiedName, Table::partitionOf).containsExactly(
                tuple("billing.events", null), tuple("billing.events_2026", "billing.events"),
                tuple("clicks", null), tuple("clicks_default", "clicks"));
    }

    @Test
    void rowsOfFilteredTablesAreSkipped() {
        tables.addTable(1L, "public", "tmp_import", null, null);

        assertThat(tables.table(1L)).isNull();
        assertThat(tables.build()).isEmpty();
    }

    @Test
    void columnsKeysAndTriggersKeepTheirOrderAndLogicalLocations() {
        tables.addTable(1L, "public", "t_order", null, null);
        CatalogTables.Parts order = tables.table(1L);
        order.addColumn(new Column("id", "bigint", null, false, null, null, true, null, order.location("id")));
        order.addColumn(new Column("order_no", "character varying(32)", null, false, null, null, false, null,
                order.location("order_no")));
        new PendingKey(order, "t_order_pkey", KeyKind.PRIMARY_KEY, null, true, "btree").addToTable();
        PendingKey index = new PendingKey(order, "idx_order_no", KeyKind.INDEX, "(status = 0)", true, "btree");
        index.expression("lower((order_no)::text)");
        index.include("id");
        index.addToTable();
        order.addTrigger("trg_order_no", "BEGIN NEW.order_no := now(); END");

        Table table = tables.build().get(0);

        assertThat(table.columns()).extracting(Column::name).containsExactly("id", "order_no");
        assertThat(table.columns().get(1).location().render())
                .isEqualTo("postgresql://db:5432/shop/public.t_order.order_no");
        assertThat(table.primaryKey().name()).isEqualTo("t_order_pkey");
        assertThat(table.keys()).singleElement().satisfies(key -> {
            assertThat(key.expression()).isTrue();
            assertThat(key.columns()).containsExactly("lower((order_no)::text)");
            assertThat(key.included()).containsExactly("id");
            assertThat(key.predicate()).isEqualTo("(status = 0)");
            assertThat(key.method()).isNull();
        });
        assertThat(table.triggers()).singleElement().satisfies(trigger -> {
            assertThat(trigger.table()).isEqualTo("t_order");
            assertThat(trigger.body()).contains("now()");
        });
    }
}
