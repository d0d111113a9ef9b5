package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Names;

/**
 * A table reference as written in a statement, unquoted.
 *
 * @param schema the schema qualifier, or {@code null}
 */
record TableName(String schema, String name) {

    /** Splits {@code schema.table} (either part quoted or not) into its parts. */
    static TableName parse(String qualified) {
        int dot = lastDotOutsideQuotes(qualified);
        if (dot < 0) {
            return new TableName(null, Names.unquote(qualified.trim()));
        }
        String schemaPart = qualified.substring(0, dot).trim();
        int outer = lastDotOutsideQuotes(schemaPart);
        String schema = outer < 0 ? schemaPart : schemaPart.substring(outer + 1);
        return new TableName(Names.unquote(schema), Names.unquote(qualified.substring(dot + 1).trim()));
    }

    static TableName of(String schema, String name) {
        return new TableName(schema == null ? null : Names.unquote(schema), Names.unquote(name));
    }

    private static int lastDotOutsideQuotes(String text) {
        char quote = 0;
        int last = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '`') {
                quote = c;
            } else if (c == '[') {
                quote = ']';
            } else if (c == '.') {
                last = i;
            }
        }
        return last;
    }
}
