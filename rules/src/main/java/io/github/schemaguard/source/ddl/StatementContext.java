package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.model.Names;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One statement being applied to the schema: where it came from, for locations, and the schema it changes.
 * Names are looked up in the original text, so locations stay right even when a normalised text was parsed.
 */
final class StatementContext {
    private static final Set<String> DEFINITION_LEADS = Set.of("ADD", "COLUMN", "EXISTS", "MODIFY", "CHANGE");

    private final SqlStatement statement;
    private final SchemaBuilder schema;
    private final Dialect dialect;
    private final String searchText;
    private int cursor;

    StatementContext(SqlStatement statement, SchemaBuilder schema, Dialect dialect) {
        this.statement = statement;
        this.searchText = SqlText.blankLiteralsAndComments(statement.text());
        this.schema = schema;
        this.dialect = dialect;
    }

    SqlStatement statement() {
        return statement;
    }

    SchemaBuilder schema() {
        return schema;
    }

    Dialect dialect() {
        return dialect;
    }

    boolean backslashEscapes() {
        return dialect == Dialect.MYSQL;
    }

    Location location() {
        return statement.location();
    }

    /**
     * The location of the next occurrence of {@code name} after the previous one found, so that
     * elements declared in order (columns, then keys) get their own positions; the statement's start
     * when the name cannot be found.
     */
    Location locateNext(String name) {
        if (name == null) {
            return location();
        }
        int offset = SqlText.indexOfName(searchText, name, cursor);
        if (offset < 0) {
            return location();
        }
        cursor = pastName(offset, name);
        return statement.locationOf(offset);
    }

    /** The offset just past a name found at {@code offset}, which may be its opening quote. */
    private static int pastName(int offset, String name) {
        return offset + Names.unquote(name).length() + 1;
    }

    /**
     * Like {@link #locateNext}, for a column definition: the name must start a list element (after
     * {@code (} or {@code ,}) or follow ADD/COLUMN/MODIFY/CHANGE, so that a column named {@code text}
     * is not found in the type of the column before it.
     */
    Location locateDefinition(String name) {
        int from = cursor;
        for (int offset = SqlText.indexOfName(searchText, name, from); offset >= 0;
             offset = SqlText.indexOfName(searchText, name, from)) {
            from = pastName(offset, name);
            if (startsDefinition(offset)) {
                cursor = from;
                return statement.locationOf(offset);
            }
        }
        return locateNext(name);
    }

    private boolean startsDefinition(int offset) {
        int i = offset - 1;
        while (i >= 0 && Character.isWhitespace(searchText.charAt(i))) {
            i--;
        }
        if (i < 0 || searchText.charAt(i) == '(' || searchText.charAt(i) == ',') {
            return true;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetter(searchText.charAt(i))) {
            i--;
        }
        return DEFINITION_LEADS.contains(searchText.substring(i + 1, end).toUpperCase(Locale.ROOT));
    }

    /** Moves the search start past the given text, e.g. past the table name before looking for columns. */
    void skipPast(String text) {
        int offset = SqlText.indexOfName(searchText, text, cursor);
        if (offset >= 0) {
            cursor = offset + text.length();
        }
    }

    /** The table a statement changes; ALTER/INDEX on a table the migrations never created are ignored. */
    Optional<TableBuilder> table(TableName name) {
        return schema.find(name);
    }
}
