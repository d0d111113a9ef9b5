package io.github.schemaguard.source.data;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.Names;
import io.github.schemaguard.model.Table;

/**
 * Identifiers quoted with the database's own quote string ({@code DatabaseMetaData.getIdentifierQuoteString()}),
 * embedded quotes doubled, so any table or column name (quotes, semicolons, spaces, reserved words, mixed case)
 * reaches the database as one name and never as SQL.
 */
final class SqlNames {

    private final String quote;

    SqlNames(String quote) {
        if (quote == null || quote.isBlank()) {
            throw new IllegalArgumentException("The database names no identifier quote string: data checks "
                    + "need one to quote table and column names safely");
        }
        this.quote = quote.strip();
    }

    String identifier(String name) {
        return quote + Names.unquote(name).replace(quote, quote + quote) + quote;
    }

    String table(Table table) {
        return table.schema() == null ? identifier(table.name())
                : identifier(table.schema()) + "." + identifier(table.name());
    }

    String column(Column column) {
        return identifier(column.name());
    }
}
