package io.github.schemaguard.source.data;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.Key;
import io.github.schemaguard.model.KeyKind;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.model.Table;

import java.util.List;

/**
 * Creates a table on a live database and describes it as the live schema reader does (exact names, a logical
 * location, no comments), so the probes can be tested before and apart from that reader.
 *
 * @param schema  the schema (PostgreSQL) or database (MariaDB) holding it, or {@code null} for the default one
 * @param columns column names; the first is the {@code BIGINT} primary key, the others {@code VARCHAR(64)}
 */
public record LiveTable(String schema, String name, List<String> columns) {

    public String createSql(String quote) {
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(qualified(quote)).append(" (")
                .append(quoted(quote, columns.get(0))).append(" BIGINT NOT NULL PRIMARY KEY");
        columns.subList(1, columns.size()).forEach(c -> sql.append(", ").append(quoted(quote, c))
                .append(" VARCHAR(64) NOT NULL"));
        return sql.append(')').toString();
    }

    String insertSql(String quote) {
        return "INSERT INTO " + qualified(quote) + " VALUES (" + "?, ".repeat(columns.size() - 1) + "?)";
    }

    public Table model() {
        String path = (schema == null ? "" : schema + ".") + name;
        List<Column> modelColumns = columns.stream().map(c -> new Column(c, c.equals(columns.get(0)) ? "bigint"
                : "varchar(64)", null, false, null, null, false, null, Location.of(path + "." + c, 0, 0))).toList();
        Key primaryKey = new Key(null, KeyKind.PRIMARY_KEY, List.of(columns.get(0)), false, null, true,
                Location.of(path, 0, 0));
        return new Table(schema, name, modelColumns, primaryKey, List.of(), List.of(), List.of(), null,
                Location.of(path, 0, 0));
    }

    private String qualified(String quote) {
        return (schema == null ? "" : quoted(quote, schema) + ".") + quoted(quote, name);
    }

    static String quoted(String quote, String name) {
        return quote + name.replace(quote, quote + quote) + quote;
    }
}
