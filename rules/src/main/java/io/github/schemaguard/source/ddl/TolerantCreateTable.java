package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.ForeignKey;
import io.github.schemaguard.model.KeyKind;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.model.Names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The last resort for a CREATE TABLE that JSqlParser rejects even after normalising: reads the element
 * list token by token (columns with type and the usual options, key clauses, foreign keys) and ignores
 * anything after it except the table comment. A missed table would hide every finding on it.
 */
final class TolerantCreateTable {
    private static final Set<String> TABLE_MODIFIERS = Set.of("GLOBAL", "LOCAL", "TEMPORARY", "TEMP", "UNLOGGED",
            "CACHED", "MEMORY");
    /** Words that end a column's type and start its options. */
    private static final Set<String> OPTION_WORDS = Set.of("NOT", "NULL", "DEFAULT", "PRIMARY", "UNIQUE",
            "AUTO_INCREMENT", "AUTOINCREMENT", "IDENTITY", "COMMENT", "GENERATED", "AS", "CHECK", "REFERENCES",
            "COLLATE", "CHARACTER", "CHARSET", "CONSTRAINT", "ON");

    /** Further words that may appear among a column's options. */
    private static final Set<String> OPTION_TAIL_WORDS = Set.of("ALWAYS", "BY", "STORED", "VIRTUAL", "PERSISTED",
            "KEY", "INDEX", "UPDATE", "DELETE", "SET", "VISIBLE", "INVISIBLE", "DEFERRABLE", "INITIALLY", "DEFERRED",
            "IMMEDIATE", "NULLS", "DISTINCT");
    /** Option words followed by a free value: {@code DEFAULT x}, {@code COMMENT 'x'}, {@code ON UPDATE x}. */
    private static final Set<String> VALUE_WORDS = Set.of("DEFAULT", "COMMENT", "COLLATE", "CHARSET", "SET",
            "CONSTRAINT", "UPDATE");

    private TolerantCreateTable() {
    }

    /** Reads {@code CREATE [modifiers] TABLE [IF NOT EXISTS] name (elements) ...}; false for anything else. */
    static boolean apply(StatementContext context) {
        SqlTokens tokens = new SqlTokens(context.statement().text(), context.backslashEscapes());
        if (!tokens.accept("CREATE")) {
            return false;
        }
        while (TABLE_MODIFIERS.contains(tokens.peek().text().toUpperCase(Locale.ROOT))) {
            tokens.next();
        }
        if (!tokens.accept("TABLE")) {
            return false;
        }
        tokens.accept("IF", "NOT", "EXISTS");
        String name = tokens.qualifiedName();
        List<String> elements = name == null ? null : tokens.parenthesisedParts();
        if (elements == null) {
            return false;
        }
        TableName tableName = TableName.parse(name);
        TableBuilder table = new TableBuilder(tableName.schema(), tableName.name(), context.location());
        context.skipPast(tableName.name());
        for (String element : elements) {
            if (!readElement(new SqlTokens(element, context.backslashEscapes()), table, context)) {
                return false;
            }
        }
        tableOptions(tokens, table, context);
        context.schema().add(table);
        return true;
    }

    /** Reads one element into the table; false when it is neither a key clause nor a column with a type. */
    private static boolean readElement(SqlTokens tokens, TableBuilder table, StatementContext context) {
        String firstWord = tokens.peek().text();
        String constraint = tokens.accept("CONSTRAINT") ? Names.unquote(tokens.next().text()) : null;
        if (tokens.accept("PRIMARY", "KEY")) {
            Location location = locate(constraint, firstWord, context);
            keyParts(tokens).ifPresent(parts -> table.primaryKey(
                    TolerantReader.key(constraint, KeyKind.PRIMARY_KEY, parts, null, true, location)));
        } else if (tokens.accept("UNIQUE")) {
            KeyKind kind = tokens.accept("KEY") || tokens.accept("INDEX") ? KeyKind.UNIQUE_INDEX
                    : KeyKind.UNIQUE_CONSTRAINT;
            boolean nullsDistinct = TolerantReader.acceptNullsDistinct(tokens);
            String name = tokens.peek().is("(") ? constraint : Names.unquote(tokens.next().text());
            Location location = locate(name, firstWord, context);
            keyParts(tokens).ifPresent(parts -> table.addKey(
                    TolerantReader.key(name, kind, parts, null, nullsDistinct, location)));
        } else if (tokens.accept("FOREIGN", "KEY")) {
            foreignKey(tokens, constraint, locate(constraint, firstWord, context)).ifPresent(table::addForeignKey);
        } else if (isIndexClause(tokens)) {
            String name = tokens.peek().is("(") ? null : Names.unquote(tokens.next().text());
            Location location = locate(name, firstWord, context);
            keyParts(tokens).ifPresent(parts -> table.addKey(
                    TolerantReader.key(name, KeyKind.INDEX, parts, null, true, location)
                            .withMethod(specialIndexMethod(firstWord))));
        } else if (constraint == null && tokens.peek().isName() && !tokens.peek().is("CHECK")
                && !tokens.peek().is("EXCLUDE") && !tokens.peek().is("LIKE")) {
            return column(tokens, table, context);
        }
        return true;
    }

    /** MySQL's FULLTEXT and SPATIAL indexes answer other questions than a b-tree on the same columns. */
    private static String specialIndexMethod(String firstWord) {
        return firstWord.equalsIgnoreCase("FULLTEXT") || firstWord.equalsIgnoreCase("SPATIAL") ? firstWord : null;
    }

    /** A key clause is located at its name, or at its first word when it has none. */
    private static Location locate(String name, String firstWord, StatementContext context) {
        return context.locateNext(name != null ? name : firstWord);
    }

    /**
     * Consumes {@code [FULLTEXT|SPATIAL] KEY|INDEX} when a key clause follows. {@code key varchar(64)} is a
     * column named key: a parenthesised group of numbers after a word is a type's length, not key parts.
     */
    private static boolean isIndexClause(SqlTokens tokens) {
        if ((tokens.peek().is("FULLTEXT") || tokens.peek().is("SPATIAL"))
                && (tokens.peek(1).is("KEY") || tokens.peek(1).is("INDEX") || tokens.peek(1).is("(")
                || tokens.peek(2).is("("))) {
            tokens.next();
            if (!tokens.accept("KEY")) {
                tokens.accept("INDEX");
            }
            return true;
        }
        if (tokens.peek().kind() != SqlTokens.Kind.WORD || !(tokens.peek().is("KEY") || tokens.peek().is("INDEX"))) {
            return false;
        }
        boolean keyParts = tokens.peek(1).is("(") || tokens.peek(2).is("(") && !isNumberList(tokens, 3);
        if (keyParts) {
            tokens.next();
        }
        return keyParts;
    }

    private static boolean isNumberList(SqlTokens tokens, int from) {
        int i = from;
        while (tokens.peek(i).kind() == SqlTokens.Kind.NUMBER || tokens.peek(i).is(",")) {
            i++;
        }
        return i > from && tokens.peek(i).is(")");
    }

    private static Optional<List<String>> keyParts(SqlTokens tokens) {
        while (tokens.accept("USING")) {
            tokens.next();
        }
        List<String> parts = tokens.parenthesisedParts();
        return parts == null || parts.isEmpty() ? Optional.empty() : Optional.of(parts);
    }

    private static Optional<ForeignKey> foreignKey(SqlTokens tokens, String name, Location location) {
        List<String> columns = keyParts(tokens).orElse(List.of());
        String referenced = tokens.accept("REFERENCES") ? tokens.qualifiedName() : null;
        if (referenced == null || columns.isEmpty()) {
            return Optional.empty();
        }
        List<String> referencedColumns = Optional.ofNullable(tokens.parenthesisedParts()).orElse(List.of());
        return Optional.of(new ForeignKey(name, SqlText.unquoted(columns),
                TableName.parse(referenced).name(), SqlText.unquoted(referencedColumns),
                location));
    }

    /** {@code name type-words options}: the options are handed to {@link ColumnSpecReader} as units. */
    private static boolean column(SqlTokens tokens, TableBuilder table, StatementContext context) {
        String rawName = tokens.next().text();
        StringBuilder type = new StringBuilder();
        while (!tokens.atEnd() && !startsOptions(tokens)) {
            String unit = nextUnit(tokens);
            type.append(' ').append(unit);
        }
        if (type.isEmpty()) {
            return false;
        }
        List<String> options = new ArrayList<>();
        while (!tokens.atEnd()) {
            options.add(nextUnit(tokens));
        }
        if (!knownOptions(options)) {
            return false;
        }
        ColumnBuilder column = new ColumnBuilder(Names.unquote(rawName), SqlText.compactType(type.toString()),
                context.locateDefinition(rawName));
        ColumnSpecReader.Inline inline = ColumnSpecReader.read(options, column, context);
        table.putColumn(column);
        JsqlElements.addInline(inline, column.name, table);
        return true;
    }

    /**
     * Whether every word among the options is one a column definition can hold, so that a missing comma
     * ({@code id int NOT NULL name text}) is refused instead of read as one odd column.
     */
    private static boolean knownOptions(List<String> options) {
        for (int i = 0; i < options.size(); i++) {
            String word = options.get(i).toUpperCase(Locale.ROOT);
            if (word.equals("REFERENCES")) {
                return true;
            }
            if (VALUE_WORDS.contains(word)) {
                i++;
            } else if (word.matches("[A-Z_][A-Z0-9_$]*") && !OPTION_WORDS.contains(word)
                    && !OPTION_TAIL_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the column's options start here; {@code character varying} is a type, {@code CHARACTER SET} not. */
    private static boolean startsOptions(SqlTokens tokens) {
        if (tokens.peek().is("CHARACTER")) {
            return tokens.peek(1).is("SET");
        }
        return tokens.peek().kind() == SqlTokens.Kind.WORD
                && OPTION_WORDS.contains(tokens.peek().text().toUpperCase(Locale.ROOT));
    }

    /**
     * One option unit as JSqlParser would hand it over, as written: a word or literal with an attached call,
     * cast or array suffix ({@code nextval('s'::regclass)}, {@code '{}'::jsonb}, {@code -1}), or a
     * parenthesised group. A keyword keeps its group apart: {@code AS (a + b)} is two units.
     */
    private static String nextUnit(SqlTokens tokens) {
        SqlTokens.Token first = tokens.peek();
        if ((first.is("-") || first.is("+")) && tokens.peek(1).kind() == SqlTokens.Kind.NUMBER) {
            tokens.next();
        }
        boolean keyword = OPTION_WORDS.contains(tokens.peek().text().toUpperCase(Locale.ROOT));
        SqlTokens.Token last = skipGroup(tokens);
        while (!keyword && tokens.peek().is("(") || tokens.peek().is("[")
                || tokens.peek().is(":") && tokens.peek(1).is(":")) {
            if (tokens.accept(":", ":")) {
                last = castType(tokens, last);
            } else {
                last = skipGroup(tokens);
            }
        }
        return tokens.text(first, last);
    }

    /** Consumes the type of a {@code ::} cast: {@code public.status}, {@code character varying[]}, {@code int(4)}. */
    private static SqlTokens.Token castType(SqlTokens tokens, SqlTokens.Token before) {
        SqlTokens.Token last = before;
        while (!tokens.atEnd() && (tokens.peek().isName() && !startsOptions(tokens) || tokens.peek().is(".")
                || tokens.peek().is("(") || tokens.peek().is("["))) {
            last = skipGroup(tokens);
        }
        return last;
    }

    /** Consumes the next token, or the whole bracketed group it opens; returns the last token consumed. */
    private static SqlTokens.Token skipGroup(SqlTokens tokens) {
        SqlTokens.Token first = tokens.next();
        String close = first.is("(") ? ")" : first.is("[") ? "]" : null;
        SqlTokens.Token last = first;
        int depth = close == null ? 0 : 1;
        while (!tokens.atEnd() && depth > 0) {
            last = tokens.next();
            depth += last.is(first.text()) ? 1 : last.is(close) ? -1 : 0;
        }
        return last;
    }

    /** The table comment and MySQL's default collation ({@code COLLATE=x}) after the element list. */
    private static void tableOptions(SqlTokens tokens, TableBuilder table, StatementContext context) {
        while (!tokens.atEnd()) {
            if (tokens.accept("COMMENT")) {
                tokens.accept("=");
                if (tokens.peek().kind() == SqlTokens.Kind.STRING) {
                    table.comment(SqlText.stringValue(tokens.next().text(), context.backslashEscapes()));
                }
            } else if (tokens.accept("COLLATE")) {
                tokens.accept("=");
                table.defaultCollation(Names.unquote(tokens.next().text()));
            } else {
                tokens.next();
            }
        }
    }
}
