package io.github.schemaguard.source.app;

/**
 * Rewrites the parameter markers of application SQL into what SQL parsers read: MyBatis {@code #{x}} becomes
 * {@code ?} and {@code ${x}} (text spliced in at run time) an opaque identifier; JPA/JDBC {@code :name},
 * {@code ?1} and SpEL {@code :#{...}} become {@code ?}. Text inside SQL string literals is left alone.
 */
final class BindParameters {
    /** Stands for {@code ${...}}: an identifier, so it parses where a column, a table or a value may stand. */
    static final String OPAQUE = "__dynamic__";

    private BindParameters() {
    }

    static String mybatis(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            boolean marker = (c == '#' || c == '$') && i + 1 < sql.length() && sql.charAt(i + 1) == '{';
            int close = marker ? sql.indexOf('}', i) : -1;
            if (close > 0) {
                out.append(c == '#' ? "?" : OPAQUE);
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    static String named(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'') {
                int end = endOfQuoted(sql, i);
                out.append(sql, i, end);
                i = end;
            } else if (c == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
                out.append("::");
                i += 2;
            } else if ((c == ':' || c == '?') && i + 1 < sql.length() && sql.charAt(i + 1) == '#') {
                int close = sql.indexOf('}', i);
                out.append(parameter(out));
                i = close < 0 ? sql.length() : close + 1;
            } else if (c == ':' && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                out.append(parameter(out));
                i = skip(sql, i + 1, true);
            } else if (c == '?') {
                out.append(parameter(out));
                i = skip(sql, i + 1, false);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** JPA expands a collection bound after {@code IN} without parentheses; SQL needs them. */
    private static String parameter(CharSequence before) {
        String text = before.toString().stripTrailing();
        int start = text.length() - 2;
        boolean afterIn = start >= 0 && text.regionMatches(true, start, "in", 0, 2)
                && (start == 0 || !Character.isJavaIdentifierPart(text.charAt(start - 1)))
                && text.length() < before.length();
        return afterIn ? "(?)" : "?";
    }

    /** The index after the identifier part (or digits) starting at {@code from}. */
    private static int skip(String sql, int from, boolean identifier) {
        int i = from;
        while (i < sql.length() && (identifier ? Character.isJavaIdentifierPart(sql.charAt(i))
                : Character.isDigit(sql.charAt(i)))) {
            i++;
        }
        return i;
    }

    /** The index after the SQL string literal opening at {@code start} ({@code ''} escapes a quote). */
    static int endOfQuoted(String sql, int start) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == '\'') {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }
}
