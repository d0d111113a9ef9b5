package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.DroppedKey;
import io.github.schemaguard.model.Key;
import io.github.schemaguard.model.KeyKind;
import io.github.schemaguard.model.Names;
import io.github.schemaguard.model.Table;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.rule.RuleContext;
import io.github.schemaguard.rule.RuleMetadata;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.rule.SourceKind;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** A migration drops a unique key, or the only column of one, and nothing in the migrations puts it back. */
public final class UniqueKeyDroppedRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "unique-key-dropped", Severity.ERROR,
            "A migration drops a unique constraint or unique index (or the only column of one) and no migration "
                    + "adds an equivalent.",
            "A unique key is often the only thing that stops duplicate business keys: two orders with one order "
                    + "number, two accounts with one login. Teams drop one to get a failing insert or a data fix "
                    + "through, or to change it, and forget to put it back; from then on duplicates go in silently "
                    + "and every UPDATE ... WHERE key = ? may change several rows. The rule reads the whole "
                    + "migration set and is silent when the final schema still rejects those duplicates: the key "
                    + "re-created (pg_dump --clean files, a rename), replaced by a stricter unique key on some of "
                    + "its columns, re-defined under its own name on other columns, or a primary key replaced by "
                    + "another; a key dropped with its table is fine too. A unique key on more columns or with a "
                    + "WHERE clause does not replace one: it lets in duplicates the old key rejected. A dropped "
                    + "primary key counts only when the table ends without one. Dropping the only column of a "
                    + "unique key is reported too: when its values move to another column, that column needs the "
                    + "unique key.",
            List.of(), Set.of(SourceKind.SCHEMA),
            """
            CREATE TABLE t_order (
              id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
              order_no VARCHAR(32) NOT NULL,
              UNIQUE KEY uk_order_no (order_no)
            );
            ALTER TABLE t_order DROP INDEX uk_order_no;
            """,
            """
            CREATE TABLE t_order (
              id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
              order_no VARCHAR(32) NOT NULL,
              UNIQUE KEY uk_order_no (order_no)
            );
            ALTER TABLE t_order DROP INDEX uk_order_no, ADD UNIQUE KEY uk_t_order_order_no (order_no);
            """);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        Dialect dialect = context.schema().dialect();
        for (DroppedKey dropped : context.schema().droppedKeys()) {
            Table table = dropped.table();
            Key key = dropped.key();
            boolean replacedPrimaryKey = key.kind() == KeyKind.PRIMARY_KEY && table.primaryKey() != null;
            if (replacedPrimaryKey || table.uniqueKeys().stream()
                    .anyMatch(k -> atLeastAsStrict(k, key) || redefined(k, key))) {
                continue;
            }
            report.accept(finding(dialect, dropped));
        }
    }

    /**
     * Whether {@code kept} is the dropped key re-created under its name on other columns: a deliberate new
     * definition of that identity (Marquez re-keys jobs by their fully qualified name), unless it only widens
     * the old key by more columns or a WHERE clause, which lets in duplicates the old key rejected.
     */
    private static boolean redefined(Key kept, Key dropped) {
        return kept.name() != null && dropped.name() != null && Names.same(kept.name(), dropped.name())
                && !widens(kept, dropped);
    }

    private static boolean widens(Key kept, Key dropped) {
        return dropped.columns().stream().allMatch(kept::coversColumn)
                || (kept.isPartial() && !Objects.equals(kept.predicate(), dropped.predicate()));
    }

    /**
     * Whether {@code kept} rejects every duplicate {@code dropped} rejected: its parts are some of the dropped
     * key's parts (unique on fewer columns is stricter) and it applies to at least the same rows.
     */
    private static boolean atLeastAsStrict(Key kept, Key dropped) {
        return kept.expression() == dropped.expression()
                && kept.columns().stream().allMatch(dropped::coversColumn)
                && (!kept.isPartial() || Objects.equals(kept.predicate(), dropped.predicate()));
    }

    private static Finding finding(Dialect dialect, DroppedKey dropped) {
        Table table = dropped.table();
        Key key = dropped.key();
        String columns = String.join(", ", key.columns());
        boolean columnGone = !key.expression() && key.columns().stream().anyMatch(c -> table.column(c).isEmpty());
        String what = describe(key) + " on " + table.qualifiedName() + " (" + columns + ")"
                + (key.isPartial() ? " WHERE " + key.predicate() : "");
        Optional<Key> wider = table.uniqueKeys().stream().filter(k -> widens(k, key)).findFirst();
        String message;
        if (columnGone) {
            message = "This migration drops " + what + ", whose column is gone at the end, and no unique key "
                    + "replaces it: if the values moved to another column, that column needs a unique key too.";
        } else if (wider.isPresent()) {
            message = "This migration drops " + what + "; only the wider " + describe(wider.get()) + " ("
                    + String.join(", ", wider.get().columns()) + ")" + (wider.get().isPartial()
                    ? " WHERE " + wider.get().predicate() : "") + " remains, so duplicate (" + columns
                    + ") values are accepted from now on where the other columns differ.";
        } else {
            message = "This migration drops " + what + " and no later migration adds a unique key on those "
                    + "columns: duplicate (" + columns + ") values are accepted from now on.";
        }
        String fix = columnGone || key.expression() || key.isPartial() ? null
                : "ALTER TABLE " + FixSql.table(dialect, table) + " ADD CONSTRAINT "
                + dialect.identifier(key.name() != null ? Names.unquote(key.name())
                        : FixSql.constraintName("uk", table, String.join("_", key.columns())))
                + " UNIQUE " + FixSql.columnList(dialect, key.columns()) + ";";
        String name = key.name() != null ? key.name() : "(" + columns + ")";
        return new Finding(METADATA.id(), METADATA.defaultSeverity(), dropped.location(),
                table.qualifiedName() + "." + name, message, fix);
    }

    private static String describe(Key key) {
        String kind = switch (key.kind()) {
            case PRIMARY_KEY -> "the primary key";
            case UNIQUE_INDEX -> "unique index";
            default -> "unique constraint";
        };
        return key.name() == null || key.kind() == KeyKind.PRIMARY_KEY ? kind : kind + " " + key.name();
    }
}
