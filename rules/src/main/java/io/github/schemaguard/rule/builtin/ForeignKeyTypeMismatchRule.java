package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.ForeignKey;
import io.github.schemaguard.model.Key;
import io.github.schemaguard.model.Names;
import io.github.schemaguard.model.Table;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.rule.RuleContext;
import io.github.schemaguard.rule.RuleMetadata;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.rule.SourceKind;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** A foreign key column whose type differs from the type of the column it references. */
public final class ForeignKeyTypeMismatchRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "foreign-key-type-mismatch", Severity.WARNING,
            "A foreign key column's type differs from the type of the column it references.",
            "When the referencing column is narrower than the referenced key (int against bigint, "
                    + "varchar(32) against varchar(64)), rows can be created that nothing can reference: the "
                    + "day customer ids pass 2^31 or a code grows longer, inserts fail. When the types differ "
                    + "otherwise, every join and every foreign key check converts values, which can keep the "
                    + "planner from using indexes; MySQL refuses foreign keys between integers of different "
                    + "size or sign outright, so the migration fails when it runs. Types are compared after resolving aliases (integer, int4 and serial are "
                    + "int; int8 and bigserial are bigint; character varying is varchar; MySQL display widths "
                    + "such as int(11) are ignored); unsigned counts.",
            List.of(), Set.of(SourceKind.SCHEMA),
            """
            CREATE TABLE t_warehouse (
              id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
              warehouse_code VARCHAR(64) NOT NULL,
              UNIQUE KEY uk_t_warehouse_warehouse_code (warehouse_code)
            );
            CREATE TABLE t_stock (
              id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
              warehouse_code VARCHAR(32) NOT NULL,
              CONSTRAINT fk_t_stock_warehouse FOREIGN KEY (warehouse_code) REFERENCES t_warehouse (warehouse_code)
            );
            """,
            """
            CREATE TABLE t_warehouse (
              id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
              warehouse_code VARCHAR(64) NOT NULL,
              UNIQUE KEY uk_t_warehouse_warehouse_code (warehouse_code)
            );
            CREATE TABLE t_stock (
              id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
              warehouse_code VARCHAR(64) NOT NULL,
              CONSTRAINT fk_t_stock_warehouse FOREIGN KEY (warehouse_code) REFERENCES t_warehouse (warehouse_code)
            );
            """);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        Dialect dialect = context.schema().dialect();
        for (Table table : context.schema().tables()) {
            // A column in two constraints (one re-added under a new name) has one type to fix: one finding.
            Set<String> reported = new HashSet<>();
            for (ForeignKey foreignKey : table.foreignKeys()) {
                context.schema().table(foreignKey.referencedTable()).ifPresent(referenced -> {
                    List<String> targets = referencedColumns(foreignKey, referenced);
                    for (int i = 0; i < Math.min(targets.size(), foreignKey.columns().size()); i++) {
                        Optional<Column> column = table.column(foreignKey.columns().get(i));
                        Optional<Column> target = referenced.column(targets.get(i));
                        if (column.isPresent() && target.isPresent() && differ(column.get(), target.get())
                                && reported.add(Names.key(column.get().name()))) {
                            report.accept(finding(dialect, table, foreignKey, column.get(), referenced,
                                    target.get()));
                        }
                    }
                });
            }
        }
    }

    /** The columns named in REFERENCES, or the referenced table's primary key when none are named. */
    private static List<String> referencedColumns(ForeignKey foreignKey, Table referenced) {
        if (!foreignKey.referencedColumns().isEmpty()) {
            return foreignKey.referencedColumns();
        }
        return referenced.primaryKeyOptional().map(Key::columns).orElse(List.of());
    }

    private static boolean differ(Column column, Column target) {
        return column.type() != null && target.type() != null
                && !ColumnTypes.normalize(column.type()).equals(ColumnTypes.normalize(target.type()));
    }

    private static Finding finding(Dialect dialect, Table table, ForeignKey foreignKey, Column column,
                                   Table referenced, Column target) {
        String name = Names.unquote(column.name());
        String targetType = ColumnTypes.normalize(target.type());
        String message = String.format("%s.%s is %s but references %s.%s, which is %s: values that fit one "
                        + "side may not fit the other, and every join and key check converts them. Declare %s as %s.",
                table.qualifiedName(), name, ColumnTypes.normalize(column.type()), referenced.qualifiedName(),
                Names.unquote(target.name()), targetType, name, targetType);
        return new Finding(METADATA.id(), METADATA.defaultSeverity(), foreignKey.location(),
                table.qualifiedName() + "." + name, message, alterType(dialect, table, column, targetType));
    }

    /**
     * PostgreSQL changes a type alone; MySQL's MODIFY restates the whole column, which a one-line fix cannot
     * do faithfully (defaults, comments, charset), so other dialects get the advice in the message only.
     */
    private static String alterType(Dialect dialect, Table table, Column column, String type) {
        if (dialect != Dialect.POSTGRESQL) {
            return null;
        }
        return "ALTER TABLE " + FixSql.table(dialect, table) + " ALTER COLUMN "
                + dialect.identifier(Names.unquote(column.name())) + " TYPE " + type + ";";
    }
}
