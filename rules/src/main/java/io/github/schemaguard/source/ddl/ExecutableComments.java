package io.github.schemaguard.source.ddl;

/**
 * MySQL runs the code inside {@code /*!50003 ... *}{@code /} comments; every other parser drops it. Unwrapping
 * replaces the markers by spaces, so that offsets, and with them locations, stay the same.
 */
final class ExecutableComments {
    private ExecutableComments() {
    }

    static SqlStatement unwrap(SqlStatement statement) {
        String text = statement.text();
        if (!text.contains("/*!")) {
            return statement;
        }
        return new SqlStatement(statement.file(), unwrap(text), statement.line(), statement.column());
    }

    static String unwrap(String text) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        while ((i = text.indexOf("/*!", i)) >= 0) {
            int codeStart = i + 3;
            while (codeStart < text.length() && Character.isDigit(text.charAt(codeStart))) {
                codeStart++;
            }
            int close = closingMarker(text, codeStart);
            blank(out, i, codeStart);
            if (close < 0) {
                return out.toString();
            }
            blank(out, close, close + 2);
            i = close + 2;
        }
        return out.toString();
    }

    /** The {@code *}{@code /} that ends the comment, skipping quoted text that may contain one. */
    private static int closingMarker(String text, int from) {
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '\'') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                return i;
            }
        }
        return -1;
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i < to; i++) {
            text.setCharAt(i, ' ');
        }
    }
}
