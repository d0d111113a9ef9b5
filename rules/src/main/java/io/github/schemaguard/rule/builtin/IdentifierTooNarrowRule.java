package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Key;
import io.github.schemaguard.model.Names;
import io.github.schemaguard.model.Table;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.rule.RuleContext;
import io.github.schemaguard.rule.RuleMetadata;
import io.github.schemaguard.rule.RuleOption;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.rule.SourceKind;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A generated primary key of a 32-bit or narrower integer type on a table that grows. Lookup tables (kinds,
 * statuses, countries) stay small and are left alone; clock-derived ids are {@code time-based-identifier}'s.
 */
public final class IdentifierTooNarrowRule implements Rule {

    static final String LOOKUP_TABLES = "lookup-tables";
    static final String LOOKUP_MAX_COLUMNS = "lookup-max-columns";
    /** Columns that say a narrow table describes values rather than records events: id + code + name. */
    private static final NamePatterns LABELS = NamePatterns.of(List.of("code", "*_code", "name", "*_name",
            "title", "label", "description", "*_desc", "value", "abbreviation", "abbr", "symbol", "sort*",
            "remark", "status"));

    private static final NamePatterns REFERENCE = NamePatterns.of(List.of("*_id"));

    private static final RuleMetadata METADATA = new RuleMetadata(
            "identifier-too-narrow", Severity.WARNING,
            "An auto-increment or identity primary key has a 32-bit or narrower integer type.",
            "A generated key only ever grows: an INT key runs out after 2,147,483,647 rows (4,294,967,295 "
                    + "unsigned), sooner when inserts fail and burn values or when a sequence caches. When it "
                    + "runs out every insert fails, and widening the key then means rewriting the table and "
                    + "every referencing column while the application is down. BIGINT costs four more bytes a "
                    + "row. Lookup and settings tables (statuses, types, countries, configuration) never grow "
                    + "that far and are skipped: by "
                    + "name, or when they have only a few columns, one of them a code or name, and no foreign "
                    + "keys or other *_id columns of their own.",
            List.of(new RuleOption(LOOKUP_TABLES, "Table name globs of lookup and settings tables, which stay "
                            + "small and keep narrow keys",
                            "*_type,*_types,*_status,*_statuses,*_category,*_categories,*_kind,*_kinds,*_level,"
                                    + "*_levels,dict*,*_dict,*_dict_*,*_config,*_configs,*_setting,*_settings,"
                                    + "country,countries,currency,currencies,region,regions,language,languages,"
                                    + "province,provinces"),
                    new RuleOption(LOOKUP_MAX_COLUMNS, "Tables with at most this many columns, one of them a "
                            + "code or name and no foreign keys or other *_id columns, count as lookup tables", "4")),
            Set.of(SourceKind.SCHEMA),
            """
            CREATE TABLE t_order (
              id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
              order_no VARCHAR(32) NOT NULL,
              user_id BIGINT NOT NULL,
              amount DECIMAL(12,2) NOT NULL,
              UNIQUE KEY uk_t_order_order_no (order_no)
            );
            """,
            """
            CREATE TABLE t_order (
              id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
              order_no VARCHAR(32) NOT NULL,
              user_id BIGINT NOT NULL,
              amount DECIMAL(12,2) NOT NULL,
              UNIQUE KEY uk_t_order_order_no (order_no)
            );
            """);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        NamePatterns lookupNames = NamePatterns.of(context.options().list(LOOKUP_TABLES));
        int lookupMaxColumns = Integer.parseInt(context.options().value(LOOKUP_MAX_COLUMNS).trim());
        Dialect dialect = context.schema().dialect();
        for (Table table : context.schema().tablesWithoutPartitions()) {
            if (isLookup(table, lookupNames, lookupMaxColumns)) {
                continue;
            }
            generatedKeyColumn(table).ifPresent(column -> ColumnTypes.narrowIntegerMaximum(column.type())
                    .ifPresent(maximum -> report.accept(finding(dialect, table, column, maximum))));
        }
    }

    private static boolean isLookup(Table table, NamePatterns lookupNames, int maxColumns) {
        return lookupNames.matches(table.name()) || lookupNames.matches(NameWords.snake(table.name()))
                || (table.columns().size() <= maxColumns && !refersToOtherRows(table)
                && table.columns().stream().anyMatch(c -> LABELS.matches(NameWords.snake(c.name()))));
    }

    /** A foreign key, or a column named like one ({@code pet_id}): rows that record events about other rows. */
    private static boolean refersToOtherRows(Table table) {
        return !table.foreignKeys().isEmpty() || table.columns().stream()
                .filter(c -> table.primaryKey() == null || !table.primaryKey().coversColumn(c.name()))
                .anyMatch(c -> REFERENCE.matches(NameWords.snake(c.name())));
    }

    /** The single-column primary key, when the database generates its values. */
    private static Optional<Column> generatedKeyColumn(Table table) {
        return table.primaryKeyOptional().filter(key -> key.columns().size() == 1 && !key.expression())
                .map(Key::columns).flatMap(parts -> table.column(parts.get(0))).filter(Column::autoIncrement);
    }

    private static Finding finding(Dialect dialect, Table table, Column column, long maximum) {
        String name = Names.unquote(column.name());
        String message = String.format("%s.%s is a generated %s key: it runs out after %,d rows and every insert "
                        + "fails from then on. Use BIGINT (and widen the columns that reference it with it).",
                table.qualifiedName(), name, ColumnTypes.normalize(column.type()), maximum);
        return new Finding(METADATA.id(), METADATA.defaultSeverity(), column.location(),
                table.qualifiedName() + "." + name, message, widen(dialect, table, column));
    }

    /** MySQL restates the column as an auto-increment key; elsewhere the type changes alone. */
    private static String widen(Dialect dialect, Table table, Column column) {
        String name = dialect.identifier(Names.unquote(column.name()));
        if (dialect == Dialect.MYSQL) {
            boolean unsigned = ColumnTypes.normalize(column.type()).endsWith(" unsigned");
            return "ALTER TABLE " + FixSql.table(dialect, table) + " MODIFY " + name + " BIGINT"
                    + (unsigned ? " UNSIGNED" : "") + " NOT NULL AUTO_INCREMENT"
                    + (column.comment() == null ? "" : " COMMENT '" + column.comment().replace("'", "''") + "'") + ";";
        }
        return dialect == Dialect.POSTGRESQL
                ? "ALTER TABLE " + FixSql.table(dialect, table) + " ALTER COLUMN " + name + " TYPE bigint;"
                : null;
    }
}
