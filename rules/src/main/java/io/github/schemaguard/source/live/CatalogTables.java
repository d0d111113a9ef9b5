package io.github.schemaguard.source.live;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.ForeignKey;
import io.github.schemaguard.model.Key;
import io.github.schemaguard.model.KeyKind;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.model.Table;
import io.github.schemaguard.model.Trigger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * What the catalog queries of a direct reader say about each table, gathered row by row and then turned into
 * the model's tables. Lookups are by map, so every step stays linear in the number of tables. A table in the
 * connection's default schema gets no schema qualifier, as unqualified DDL does; locations always name the
 * real schema: {@code <display-url>/<schema>.<table>[.<column>]}.
 */
final class CatalogTables {

    private static final Comparator<Parts> ORDER = Comparator
            .comparing((Parts p) -> p.schema).thenComparing(p -> p.name);

    private final String displayUrl;
    private final String defaultSchema;
    private final BiPredicate<String, String> includeTable;
    private final Map<Object, Parts> tables = new HashMap<>();

    CatalogTables(String displayUrl, String defaultSchema, BiPredicate<String, String> includeTable) {
        this.displayUrl = displayUrl;
        this.defaultSchema = defaultSchema;
        this.includeTable = includeTable;
    }

    /**
     * Registers a table under {@code id} (an OID, or schema and name) unless the user's filter leaves it out.
     *
     * @param parentId the id of the partitioned table this one is a partition of, or {@code null}
     */
    void addTable(Object id, String schema, String name, String comment, Object parentId) {
        if (includeTable.test(schema, name)) {
            tables.put(id, new Parts(schema, name, blankToNull(comment), parentId));
        }
    }

    /** The table registered under {@code id}, or {@code null} when it was filtered out (its rows are skipped). */
    Parts table(Object id) {
        return tables.get(id);
    }

    int size() {
        return tables.size();
    }

    /** The model's tables, sorted by schema and name; columns, keys and the rest in the order they were added. */
    List<Table> build() {
        return tables.values().stream().sorted(ORDER).map(this::toTable).toList();
    }

    private Table toTable(Parts parts) {
        Parts parent = parts.parentId == null ? null : tables.get(parts.parentId);
        return new Table(modelSchema(parts), parts.name, parts.columns, parts.primaryKey, parts.keys,
                parts.foreignKeys, parts.triggers, parts.comment, parts.location(null),
                parent == null ? null : qualified(modelSchema(parent), parent.name));
    }

    /** The default schema's tables stay unqualified, as DDL that names no schema leaves them. */
    private String modelSchema(Parts parts) {
        return Objects.equals(parts.schema, defaultSchema) ? null : parts.schema;
    }

    private static String qualified(String schema, String name) {
        return schema == null ? name : schema + "." + name;
    }

    /** Catalogs write "no comment" as an empty string. */
    static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** One table's facts while the queries run. */
    final class Parts {
        private final String schema;
        private final String name;
        private final String comment;
        private final Object parentId;
        private final List<Column> columns = new ArrayList<>();
        private Key primaryKey;
        private final List<Key> keys = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private final List<Trigger> triggers = new ArrayList<>();

        private Parts(String schema, String name, String comment, Object parentId) {
            this.schema = schema;
            this.name = name;
            this.comment = comment;
            this.parentId = parentId;
        }

        /** The logical address of the table, or of one of its columns. */
        Location location(String column) {
            return Location.of(displayUrl + "/" + schema + "." + name + (column == null ? "" : "." + column), 0, 0);
        }

        void addColumn(Column column) {
            columns.add(column);
        }

        /** The primary key goes apart from the other keys, as the model holds it. */
        void addKey(Key key) {
            if (key.kind() == KeyKind.PRIMARY_KEY) {
                primaryKey = key;
            } else {
                keys.add(key);
            }
        }

        void addForeignKey(ForeignKey foreignKey) {
            foreignKeys.add(foreignKey);
        }

        void addTrigger(String triggerName, String body) {
            triggers.add(new Trigger(triggerName, name, body, location(null)));
        }
    }
}
