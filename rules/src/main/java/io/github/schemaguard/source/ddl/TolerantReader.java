package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Key;
import io.github.schemaguard.model.KeyKind;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.model.Names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A token-level reader for the statements dumps are full of and JSqlParser often rejects: CREATE INDEX with
 * operator classes or odd options, CREATE TRIGGER, DROP TABLE/INDEX in H2 order, RENAME TABLE; ALTER TABLE
 * goes to {@link TolerantAlterTable} and CREATE TABLE to {@link TolerantCreateTable}. It reads only what the
 * model needs and refuses (returns false) anything else, so a statement is never half-understood.
 */
final class TolerantReader {
    /** Words after a key part that qualify it without making it an expression. */
    private static final Set<String> PART_SUFFIXES = Set.of("ASC", "DESC", "NULLS", "FIRST", "LAST");
    private static final Pattern SIMPLE_PART = Pattern.compile(
            "(?i)^([A-Za-z_][\\w$]*|\"[^\"]+\"|`[^`]+`)(?:\\s*\\(\\s*(?<length>\\d+)\\s*\\))?(?<suffix>\\s+.*)?$",
            Pattern.DOTALL);

    private TolerantReader() {
    }

    static boolean apply(StatementContext context) {
        SqlTokens tokens = new SqlTokens(context.statement().text(), context.backslashEscapes());
        if (tokens.accept("CREATE")) {
            tokens.accept("OR", "REPLACE");
            if (tokens.peek().is("UNIQUE") || tokens.peek().is("INDEX")) {
                return createIndex(tokens, context);
            }
            return createTrigger(tokens, context) || TolerantCreateTable.apply(context);
        }
        if (tokens.accept("ALTER", "TABLE")) {
            return TolerantAlterTable.apply(tokens, context);
        }
        if (tokens.accept("DROP", "TABLE")) {
            return dropTables(tokens, context);
        }
        if (tokens.accept("DROP", "INDEX")) {
            return dropIndexes(tokens, context);
        }
        if (tokens.accept("RENAME", "TABLE")) {
            return renameTables(tokens, context);
        }
        return false;
    }

    /**
     * {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] [name] [USING m] ON [ONLY] t [USING m]
     * (parts) ... [WHERE p]}.
     */
    private static boolean createIndex(SqlTokens tokens, StatementContext context) {
        boolean unique = tokens.accept("UNIQUE");
        if (!tokens.accept("INDEX")) {
            return false;
        }
        tokens.accept("CONCURRENTLY");
        tokens.accept("IF", "NOT", "EXISTS");
        String name = tokens.peek().is("ON") ? null : tokens.qualifiedName();
        String method = acceptUsing(tokens);
        if (!tokens.accept("ON")) {
            return false;
        }
        tokens.accept("ONLY");
        String table = tokens.qualifiedName();
        if (method == null) {
            method = acceptUsing(tokens);
        }
        List<String> parts = tokens.parenthesisedParts();
        if (table == null || parts == null || parts.isEmpty()) {
            return false;
        }
        String predicate = null;
        boolean nullsDistinct = true;
        List<String> included = List.of();
        while (!tokens.atEnd()) {
            if (tokens.accept("INCLUDE")) {
                List<String> columns = tokens.parenthesisedParts();
                included = columns == null ? List.of() : SqlText.unquoted(columns);
            } else if (tokens.accept("NULLS", "NOT", "DISTINCT")) {
                nullsDistinct = false;
            } else if (tokens.accept("WHERE")) {
                predicate = SqlText.unparenthesize(tokens.rest());
                break;
            } else {
                tokens.next();
            }
        }
        Key key = key(name == null ? null : TableName.parse(name).name(),
                unique ? KeyKind.UNIQUE_INDEX : KeyKind.INDEX, parts, predicate, nullsDistinct, context.location())
                .withMethod(method).withIncluded(included);
        context.table(TableName.parse(table)).ifPresent(t -> t.addKey(key));
        return true;
    }

    /** Consumes PostgreSQL's {@code NULLS [NOT] DISTINCT}; false when NULLs may not repeat. */
    static boolean acceptNullsDistinct(SqlTokens tokens) {
        if (tokens.accept("NULLS", "NOT", "DISTINCT")) {
            return false;
        }
        tokens.accept("NULLS", "DISTINCT");
        return true;
    }

    /** Consumes {@code USING method}; the method's name, or {@code null} when there is no USING. */
    static String acceptUsing(SqlTokens tokens) {
        return tokens.accept("USING") ? tokens.next().text() : null;
    }

    /** A key from its raw parts: a bare (possibly prefix-limited) column is a column, anything else an expression. */
    static Key key(String name, KeyKind kind, List<String> rawParts, String predicate, boolean nullsDistinct,
                   Location location) {
        List<String> parts = new ArrayList<>();
        List<Integer> prefixLengths = new ArrayList<>();
        boolean expression = false;
        for (String raw : rawParts) {
            var simple = SIMPLE_PART.matcher(raw);
            if (simple.matches() && suffixIsQualifier(simple.group("suffix"))) {
                parts.add(Names.unquote(simple.group(1)));
                prefixLengths.add(simple.group("length") == null ? 0 : Integer.parseInt(simple.group("length")));
            } else {
                expression = true;
                parts.add(SqlText.unparenthesize(raw));
                prefixLengths.add(0);
            }
        }
        return new Key(name == null ? null : Names.unquote(name), kind, parts, expression, predicate, nullsDistinct,
                location).withPrefixLengths(prefixLengths);
    }

    /** ASC/DESC, NULLS FIRST/LAST, COLLATE x, or an operator class such as {@code gin_trgm_ops}. */
    private static boolean suffixIsQualifier(String suffix) {
        if (suffix == null || suffix.isBlank()) {
            return true;
        }
        String[] words = suffix.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i].toUpperCase(Locale.ROOT);
            if (word.equals("COLLATE")) {
                i++;
            } else if (!PART_SUFFIXES.contains(word) && !(i == 0 && words[i].matches("[A-Za-z_][\\w.]*"))) {
                return false;
            }
        }
        return true;
    }

    /** {@code DROP TABLE [IF EXISTS] a, b [IF EXISTS] [CASCADE]}: H2 accepts IF EXISTS after the names too. */
    private static boolean dropTables(SqlTokens tokens, StatementContext context) {
        tokens.accept("IF", "EXISTS");
        List<String> names = new ArrayList<>();
        while (tokens.peek().isName() && !tokens.peek().is("IF") && !tokens.peek().is("CASCADE")
                && !tokens.peek().is("RESTRICT")) {
            names.add(tokens.qualifiedName());
            tokens.accept(",");
        }
        tokens.accept("IF", "EXISTS");
        tokens.accept("CASCADE");
        tokens.accept("RESTRICT");
        if (names.isEmpty() || !tokens.atEnd()) {
            return false;
        }
        names.forEach(n -> context.schema().drop(TableName.parse(n)));
        return true;
    }

    /** {@code DROP INDEX [CONCURRENTLY] [IF EXISTS] a, b [ON t] [CASCADE]}. */
    private static boolean dropIndexes(SqlTokens tokens, StatementContext context) {
        tokens.accept("CONCURRENTLY");
        tokens.accept("IF", "EXISTS");
        List<TableName> names = new ArrayList<>();
        while (tokens.peek().isName() && !tokens.peek().is("ON") && !tokens.peek().is("CASCADE")) {
            names.add(TableName.parse(tokens.qualifiedName()));
            tokens.accept(",");
        }
        String table = tokens.accept("ON") ? tokens.qualifiedName() : null;
        if (names.isEmpty()) {
            return false;
        }
        for (TableName index : names) {
            Optional<TableBuilder> owner = table != null ? context.table(TableName.parse(table))
                    : context.schema().ownerOfKey(index.schema(), index.name());
            owner.ifPresent(t -> t.dropNamed(index.name(), context.location()));
        }
        return true;
    }

    /** {@code RENAME TABLE a TO b [, c TO d]}. */
    private static boolean renameTables(SqlTokens tokens, StatementContext context) {
        while (!tokens.atEnd()) {
            String from = tokens.qualifiedName();
            if (from == null || !tokens.accept("TO")) {
                return false;
            }
            String to = tokens.qualifiedName();
            if (to == null) {
                return false;
            }
            context.table(TableName.parse(from)).ifPresent(t -> t.rename(TableName.parse(to).name()));
            tokens.accept(",");
        }
        return true;
    }

    /** {@code CREATE [DEFINER=x] [CONSTRAINT] TRIGGER name ... ON table ...}; the body follows FOR EACH ROW. */
    private static boolean createTrigger(SqlTokens tokens, StatementContext context) {
        if (tokens.accept("DEFINER")) {
            while (!tokens.atEnd() && !tokens.peek().is("TRIGGER")) {
                tokens.next();
            }
        }
        tokens.accept("CONSTRAINT");
        if (!tokens.accept("TRIGGER")) {
            return false;
        }
        tokens.accept("IF", "NOT", "EXISTS");
        String name = tokens.qualifiedName();
        while (!tokens.atEnd() && !tokens.peek().is("ON")) {
            tokens.next();
        }
        if (name == null || !tokens.accept("ON")) {
            return false;
        }
        String table = tokens.qualifiedName();
        if (table == null) {
            return false;
        }
        TriggerText.apply(context, TableName.parse(name).name(), TableName.parse(table));
        return true;
    }
}
