package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Key;
import io.github.schemaguard.model.KeyKind;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.model.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The fallback reader's ALTER TABLE on its own, for statements JSqlParser may reject. */
class TolerantAlterTableTest {
    private static final Location HERE = Location.of("t.sql", 1, 1);

    private final SchemaBuilder schema = new SchemaBuilder();

    private void apply(String sql) {
        boolean understood = TolerantReader.apply(
                new StatementContext(new SqlStatement("t.sql", sql, 1, 1), schema, Dialect.POSTGRESQL));
        assertThat(understood).as(sql).isTrue();
    }

    @Test
    void attachedPartitionsTakeTheParentsPrimaryKeyAndDetachedOnesKeepIt() {
        TableBuilder parent = schema.create(new TableName("public", "events"), HERE);
        schema.create(new TableName("public", "events_eu"), HERE);
        schema.create(new TableName("public", "events_us"), HERE);
        schema.create(new TableName("public", "events_old"), HERE);

        apply("ALTER TABLE IF EXISTS ONLY public.events ATTACH PARTITION public.events_eu FOR VALUES IN ('eu', 'uk')");
        apply("ALTER TABLE ONLY public.events ATTACH PARTITION public.events_us DEFAULT");
        apply("ALTER TABLE ONLY public.events ATTACH PARTITION public.events_old FOR VALUES IN ('old')");
        apply("ALTER TABLE public.events DETACH PARTITION public.events_old FINALIZE");
        parent.primaryKey(new Key("events_pkey", KeyKind.PRIMARY_KEY, List.of("id"), false, null, true, HERE));
        Schema frozen = schema.freeze(Dialect.POSTGRESQL);

        assertThat(frozen.table("events_eu").orElseThrow().primaryKey()).isNotNull();
        assertThat(frozen.table("events_us").orElseThrow().primaryKey()).isNotNull();
        assertThat(frozen.table("events_old").orElseThrow().primaryKey()).isNull();
    }
}
