package io.github.schemaguard.source.app;

import io.github.schemaguard.source.app.QueryTokens.Kind;
import io.github.schemaguard.source.app.QueryTokens.Token;

import java.util.List;

/**
 * Rewrites the parameter markers of application SQL into what SQL parsers read: MyBatis {@code #{x}} becomes
 * {@code ?} and {@code ${x}} (text spliced in at run time) an opaque identifier; JPA/JDBC {@code :name},
 * {@code ?1} and SpEL {@code :#{...}} become {@code ?}. Text inside SQL string literals is left alone.
 */
final class BindParameters {
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
                out.append(c == '#' ? "?" : DynamicSql.OPAQUE);
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    static String named(String sql) {
        List<Token> tokens = QueryTokens.tokenize(sql);
        StringBuilder out = new StringBuilder(sql.length());
        int copied = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() == Kind.PARAMETER) {
                out.append(sql, copied, token.start()).append(marker(tokens, i));
                copied = token.end();
            }
        }
        return out.append(sql.substring(copied)).toString();
    }

    /** JPA expands a collection bound right after {@code IN} without parentheses; SQL needs them. */
    static String marker(List<Token> tokens, int parameterIndex) {
        return parameterIndex > 0 && tokens.get(parameterIndex - 1).isWord("in") ? "(?)" : "?";
    }
}
