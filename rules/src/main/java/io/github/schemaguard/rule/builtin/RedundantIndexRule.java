package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Dialect;
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
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * An index whose columns lead another index, so the other one serves every lookup it serves. Uniqueness
 * is never given up: a primary key or unique key is redundant only to an identical unique key.
 */
public final class RedundantIndexRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "redundant-index", Severity.INFO,
            "An index covers the leading columns of another index, which can be dropped.",
            "A b-tree index on (a, b) also serves every lookup on a alone, so a separate index on (a) costs "
                    + "disk space, memory and time on every insert, update and delete while the planner "
                    + "gains nothing from it. Only indexes of the same method are compared (a GIN, hash, "
                    + "full-text or spatial index is redundant only to an identical one), and an index's "
                    + "INCLUDE columns must be in the covering index too; an index on a whole column covers a "
                    + "MySQL prefix index on it (name(10)), not the other way round. A unique index or primary key is never reported as redundant to a "
                    + "plain index: it enforces a rule no plain index enforces, and dropping it would let "
                    + "duplicates in. Of two identical unique keys, the later one is reported. Partial and "
                    + "expression indexes are compared only with indexes on the same predicate and expressions.",
            List.of(), Set.of(SourceKind.SCHEMA),
            """
            CREATE TABLE t_order (
              id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
              user_id BIGINT NOT NULL,
              created_at DATETIME NOT NULL,
              KEY idx_user (user_id),
              KEY idx_user_created (user_id, created_at)
            );
            """,
            """
            CREATE TABLE t_order (
              id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
              user_id BIGINT NOT NULL,
              created_at DATETIME NOT NULL,
              KEY idx_user_created (user_id, created_at)
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
            List<Key> keys = Stream.concat(table.primaryKeyOptional().stream(), table.keys().stream()).toList();
            for (int i = 0; i < keys.size(); i++) {
                Key key = keys.get(i);
                int position = i;
                IntStream.range(0, keys.size()).filter(j -> j != position)
                        .filter(j -> covers(keys.get(j), j, key, position)).findFirst()
                        .ifPresent(j -> report.accept(finding(dialect, table, key, keys.get(j))));
            }
        }
    }

    /** Whether {@code other} (at {@code otherPosition}) makes {@code key} (at {@code position}) unnecessary. */
    private static boolean covers(Key other, int otherPosition, Key key, int position) {
        if (!comparable(key, other) || !leads(key, other) || !carries(other, key.included())) {
            return false;
        }
        boolean identical = key.columns().size() == other.columns().size()
                && key.prefixLengths().equals(other.prefixLengths());
        if (!identical && key.method() != null) {
            // Only a b-tree serves lookups on its leading columns; a GIN, hash or full-text index is no prefix.
            return false;
        }
        if (key.isUnique()) {
            // Only an identical unique key enforces the same rule; the primary key is the one to keep.
            if (!identical || !other.isUnique() || key.kind() == KeyKind.PRIMARY_KEY) {
                return false;
            }
            if (other.kind() == KeyKind.PRIMARY_KEY) {
                return true;
            }
            // NULLS NOT DISTINCT lets fewer rows in: the stricter key stays.
            return key.nullsDistinct() != other.nullsDistinct() ? key.nullsDistinct() : otherPosition < position;
        }
        return !identical || other.isUnique() || otherPosition < position;
    }

    /** Keys of the same method on the same predicate, both on plain columns or both on expressions. */
    private static boolean comparable(Key a, Key b) {
        return a.expression() == b.expression() && Objects.equals(a.method(), b.method())
                && Objects.equals(normalized(a.predicate()), normalized(b.predicate()));
    }

    /** An index with INCLUDE columns answers queries from the index alone; the other must hold them too. */
    private static boolean carries(Key key, List<String> included) {
        return included.stream().allMatch(column -> key.coversColumn(column)
                || key.included().stream().anyMatch(c -> Names.same(c, column)));
    }

    /** The key's parts lead the other's, each indexed at least as far: {@code name} covers {@code name(10)}. */
    private static boolean leads(Key key, Key other) {
        return key.columns().size() <= other.columns().size() && IntStream.range(0, key.columns().size())
                .allMatch(i -> sameExpression(key.columns().get(i), other.columns().get(i))
                        && indexesAsMuch(other.prefixLength(i), key.prefixLength(i)));
    }

    /** Prefix lengths, 0 meaning the whole value. */
    private static boolean indexesAsMuch(int length, int than) {
        return length == 0 || (than != 0 && than <= length);
    }

    private static boolean sameExpression(String a, String b) {
        return Names.same(a, b) || normalized(a).equals(normalized(b));
    }

    /** Expression text with case, quotes and spacing ignored: dumps and hand-written DDL format differently. */
    private static String normalized(String expression) {
        return expression == null ? null
                : expression.replaceAll("[\\s\"`]+", "").toLowerCase(Locale.ROOT);
    }

    private static Finding finding(Dialect dialect, Table table, Key key, Key covering) {
        String message = String.format("%s on %s is redundant: %s starts with the same columns %s, so it "
                        + "serves every lookup this one serves. Drop it to save space and write time.",
                capitalized(describe(key)), table.qualifiedName(), describe(covering), columns(key));
        return new Finding(METADATA.id(), METADATA.defaultSeverity(), key.location(),
                table.qualifiedName() + "." + (key.name() != null ? Names.unquote(key.name()) : columns(key)),
                message, dropSql(dialect, table, key));
    }

    private static String describe(Key key) {
        String kind = switch (key.kind()) {
            case PRIMARY_KEY -> "primary key";
            case UNIQUE_CONSTRAINT -> "unique constraint";
            case UNIQUE_INDEX -> "unique index";
            case INDEX -> "index";
        };
        return key.name() != null ? kind + " " + Names.unquote(key.name()) : kind + " " + columns(key);
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String columns(Key key) {
        return key.columns().stream().map(Names::unquote).collect(Collectors.joining(", ", "(", ")"));
    }

    /** The dialect's statement; none for an unnamed key, whose generated name the DDL does not show. */
    private static String dropSql(Dialect dialect, Table table, Key key) {
        if (key.name() == null) {
            return null;
        }
        String name = dialect.identifier(Names.unquote(key.name()));
        if (dialect == Dialect.MYSQL) {
            return "ALTER TABLE " + FixSql.table(dialect, table) + " DROP INDEX " + name + ";";
        }
        // Outside MySQL a unique constraint is a constraint: DROP INDEX on its index is refused.
        return key.kind() == KeyKind.UNIQUE_CONSTRAINT
                ? "ALTER TABLE " + FixSql.table(dialect, table) + " DROP CONSTRAINT " + name + ";"
                : "DROP INDEX " + schemaPrefix(dialect, table) + name + ";";
    }

    /** An index lives in its table's schema. */
    private static String schemaPrefix(Dialect dialect, Table table) {
        return table.schema() == null ? "" : dialect.identifier(Names.unquote(table.schema())) + ".";
    }
}
