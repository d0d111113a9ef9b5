package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the words after a column's type ({@code NOT NULL DEFAULT 0 AUTO_INCREMENT COMMENT '...'})
 * into a column, and reports the inline constraints ({@code PRIMARY KEY}, {@code UNIQUE}, {@code REFERENCES}).
 * JSqlParser hands these over as loose tokens, so the reading is token by token.
 */
final class ColumnSpecReader {
    private static final Set<String> SERIAL_TYPES = Set.of("serial", "bigserial", "smallserial", "serial2",
            "serial4", "serial8");
    private static final Pattern REFERENCES = Pattern.compile(
            "(?is)REFERENCES\\s+((?:[`\"\\[]?[^\\s(`\"\\]]+[`\"\\]]?\\.)?[`\"\\[]?[^\\s(`\"\\]]+[`\"\\]]?)"
                    + "\\s*(?:\\(([^)]*)\\))?");

    /**
     * What the column declares about keys. {@code reference} is {@code null} without REFERENCES;
     * {@code uniqueNullsDistinct} is false for PostgreSQL's {@code UNIQUE NULLS NOT DISTINCT}. The names are
     * those given by {@code CONSTRAINT name}, {@code null} when the database picks one.
     */
    record Inline(boolean primaryKey, String primaryKeyName, boolean unique, String uniqueName,
                  boolean uniqueNullsDistinct, Reference reference) {
    }

    /**
     * An inline {@code [CONSTRAINT name] REFERENCES table (columns)}; columns are empty when the target's PK is
     * meant.
     */
    record Reference(String name, TableName table, List<String> columns) {
    }

    /** PostgreSQL 15: a unique key that lets one NULL in, not many. */
    static final Pattern NULLS_NOT_DISTINCT = Pattern.compile("(?i)\\bNULLS\\s+NOT\\s+DISTINCT\\b");

    private ColumnSpecReader() {
    }

    static Inline read(List<String> specs, ColumnBuilder column, StatementContext context) {
        boolean backslashEscapes = context.backslashEscapes();
        boolean serialUnique = serial(column, context.dialect());
        boolean unique = false;
        List<String> tokens = specs == null ? List.of() : specs;
        boolean primaryKey = false;
        String primaryKeyName = null;
        String uniqueName = null;
        boolean nullsDistinct = true;
        Reference reference = null;
        String pendingName = null;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String upper = token.toUpperCase(Locale.ROOT);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            // CONSTRAINT name names the constraint that follows it, and only that one
            String constraintName = pendingName;
            pendingName = null;
            if (upper.equals("NOT") && next.equalsIgnoreCase("NULL")) {
                column.nullable = false;
                i++;
            } else if (upper.equals("NULL")) {
                column.nullable = true;
            } else if (upper.equals("DEFAULT") && !next.isEmpty()) {
                setDefault(column, next);
                i++;
            } else if (upper.equals("AUTO_INCREMENT") || upper.equals("AUTOINCREMENT")
                    || upper.startsWith("IDENTITY")) {
                column.autoIncrement = true;
            } else if (upper.startsWith("GENERATED") || upper.equals("AS")) {
                i = readGenerated(tokens, i, column);
            } else if (upper.equals("COMMENT") && !next.isEmpty()) {
                column.comment = SqlText.stringValue(next, backslashEscapes);
                i++;
            } else if (upper.equals("PRIMARY") && next.equalsIgnoreCase("KEY")) {
                primaryKey = true;
                primaryKeyName = constraintName;
                column.nullable = false;
                i++;
            } else if (upper.equals("SERIAL") && next.equalsIgnoreCase("DEFAULT") && i + 2 < tokens.size()
                    && tokens.get(i + 2).equalsIgnoreCase("VALUE")) {
                // MySQL: SERIAL DEFAULT VALUE on an integer column means NOT NULL AUTO_INCREMENT UNIQUE
                column.autoIncrement = true;
                column.nullable = false;
                serialUnique = true;
                i += 2;
            } else if (upper.startsWith("UNIQUE")) {
                // JSqlParser hands "UNIQUE NULLS NOT DISTINCT" over as one token, the token reader as four
                unique = true;
                uniqueName = constraintName;
                String clause = String.join(" ", tokens.subList(i, Math.min(i + 4, tokens.size())));
                nullsDistinct &= !NULLS_NOT_DISTINCT.matcher(clause).find();
            } else if (upper.equals("COLLATE") && !next.isEmpty()) {
                column.collation = Names.unquote(next);
                i++;
            } else if (upper.equals("CHARACTER") && next.equalsIgnoreCase("SET") && i + 2 < tokens.size()) {
                characterSet(column, tokens.get(i + 2));
                i += 2;
            } else if (upper.equals("BINARY")) {
                // MySQL's BINARY attribute means the binary collation of the column's character set
                column.collation = "binary";
            } else if (upper.equals("CONSTRAINT") && !next.isEmpty()) {
                pendingName = Names.unquote(next);
                i++;
            } else if (upper.startsWith("REFERENCES")) {
                reference = reference(constraintName, String.join(" ", tokens.subList(i, tokens.size())));
            }
        }
        // MySQL folds SERIAL's UNIQUE into an inline PRIMARY KEY; beside a table-level one it adds a second index
        return new Inline(primaryKey, primaryKeyName, unique || (serialUnique && !primaryKey), uniqueName,
                nullsDistinct, reference);
    }

    /**
     * The serial pseudo-types: PostgreSQL's {@code serial} is a NOT NULL int drawn from a sequence, MySQL's
     * {@code SERIAL} is {@code BIGINT UNSIGNED NOT NULL AUTO_INCREMENT UNIQUE}, so the column gets MySQL's type.
     * Returns whether the type makes the column unique.
     */
    private static boolean serial(ColumnBuilder column, Dialect dialect) {
        if (!SERIAL_TYPES.contains(column.type.toLowerCase(Locale.ROOT))) {
            return false;
        }
        column.autoIncrement = true;
        column.nullable = false;
        boolean mysqlSerial = dialect == Dialect.MYSQL && column.type.equalsIgnoreCase("serial");
        if (mysqlSerial) {
            column.type = "bigint unsigned";
        }
        return mysqlSerial;
    }

    /**
     * MySQL's {@code CHARACTER SET x} without COLLATE takes the character set's default collation, which is
     * case-insensitive for every character set but {@code binary}; a COLLATE wins over it.
     */
    static void characterSet(ColumnBuilder column, String characterSet) {
        if (column.collation == null && Names.unquote(characterSet).equalsIgnoreCase("binary")) {
            column.collation = "binary";
        }
    }

    /**
     * Sets the default; {@code DEFAULT NULL} is no default. A default drawn from a sequence makes the column
     * an identity in all but name.
     */
    static void setDefault(ColumnBuilder column, String expression) {
        column.defaultExpression = expression.trim().equalsIgnoreCase("NULL") ? null : expression.trim();
        if (column.defaultExpression == null) {
            return;
        }
        if (column.defaultExpression.toLowerCase(Locale.ROOT).startsWith("nextval(")) {
            column.autoIncrement = true;
        }
    }

    /**
     * {@code GENERATED ... AS IDENTITY} is an identity; {@code GENERATED ALWAYS AS (expr)} and MySQL's
     * {@code AS (expr)} are computed columns. Returns the index of the last token used.
     */
    private static int readGenerated(List<String> tokens, int start, ColumnBuilder column) {
        for (int i = start; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token.toUpperCase(Locale.ROOT).contains("IDENTITY")) {
                column.autoIncrement = true;
                return i;
            }
            if (token.startsWith("(")) {
                column.generatedExpression = SqlText.unparenthesize(token);
                return i;
            }
        }
        return start;
    }

    private static Reference reference(String name, String text) {
        Matcher m = REFERENCES.matcher(text);
        if (!m.find()) {
            return null;
        }
        List<String> columns = new ArrayList<>();
        if (m.group(2) != null) {
            Arrays.stream(m.group(2).split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .map(Names::unquote).forEach(columns::add);
        }
        return new Reference(name, TableName.parse(m.group(1)), columns);
    }
}
