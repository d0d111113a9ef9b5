package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Names;

import java.util.List;


/** Small text helpers shared by the readers: literals, name positions, excerpts. */
public final class SqlText {
    private static final int EXCERPT_LENGTH = 60;

    private SqlText() {
    }

    /**
     * The value of a string literal: quotes stripped, {@code ''} decoded, and backslash escapes
     * decoded where the dialect has them (MySQL, PostgreSQL {@code E'...'}). Non-literals come back trimmed.
     */
    static String stringValue(String literal, boolean backslashEscapes) {
        String text = literal.trim();
        boolean escapes = backslashEscapes;
        if (text.length() > 1 && (text.charAt(0) == 'E' || text.charAt(0) == 'e' || text.charAt(0) == 'N'
                || text.charAt(0) == 'n') && text.charAt(1) == '\'') {
            escapes |= Character.toUpperCase(text.charAt(0)) == 'E';
            text = text.substring(1);
        }
        if (text.length() < 2 || text.charAt(0) != '\'' || text.charAt(text.length() - 1) != '\'') {
            return text;
        }
        String body = text.substring(1, text.length() - 1);
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\'' && i + 1 < body.length() && body.charAt(i + 1) == '\'') {
                i++;
            } else if (c == '\\' && escapes && i + 1 < body.length()) {
                c = unescape(body.charAt(++i));
            }
            out.append(c);
        }
        return out.toString();
    }

    private static char unescape(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case '0' -> '\0';
            default -> c;
        };
    }

    /**
     * The offset of identifier {@code name} (quoted or not) in {@code text} at or after {@code from},
     * as a whole word, ignoring case; -1 when it is not there.
     */
    static int indexOfName(String text, String name, int from) {
        String bare = Names.unquote(name);
        if (bare.isEmpty()) {
            return -1;
        }
        // scans from 'from' only, so that locating every column of a long statement stays linear
        for (int i = Math.max(from, 0); i + bare.length() <= text.length(); i++) {
            int end = i + bare.length();
            if (text.regionMatches(true, i, bare, 0, bare.length())
                    && (i == 0 || !isWordChar(text.charAt(i - 1)))
                    && (end >= text.length() || !isWordChar(text.charAt(end)))) {
                return i > 0 && isQuote(text.charAt(i - 1)) ? i - 1 : i;
            }
        }
        return -1;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '`' || c == '[';
    }

    /**
     * The text with string literals and comments blanked out, same length, so that a search for a name
     * finds the name and not a word inside a comment.
     */
    static String blankLiteralsAndComments(String text) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end;
            if (c == '\'') {
                end = i + 1;
                while (end < text.length() && text.charAt(end) != '\'') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end++;
            } else if (text.startsWith("--", i)) {
                end = text.indexOf('\n', i);
            } else if (text.startsWith("/*", i)) {
                end = text.indexOf("*/", i + 2);
                end = end < 0 ? -1 : end + 2;
            } else {
                i++;
                continue;
            }
            end = end < 0 ? text.length() : Math.min(end, text.length());
            for (int j = i; j < end; j++) {
                if (out.charAt(j) != '\n') {
                    out.setCharAt(j, ' ');
                }
            }
            i = end;
        }
        return out.toString();
    }

    static List<String> unquoted(List<String> names) {
        return names == null ? List.of() : names.stream().map(Names::unquote).toList();
    }

    /** The statement's first characters on one line, so a user recognises it in a message. */
    public static String excerpt(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= EXCERPT_LENGTH ? oneLine : oneLine.substring(0, EXCERPT_LENGTH) + "...";
    }

    /** The first non-blank line of a parser message, trimmed. */
    public static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "not understood";
        }
        String line = message.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        // "net.sf.jsqlparser.parser.ParseException: Encountered ..." reads better without the class name
        return line.replaceFirst("^(?:[a-z]\\w*\\.)+\\w*(?:Exception|Error): ", "");
    }

    /** A type as written, spaced one way: {@code decimal (10, 2)} gives {@code decimal(10,2)}. */
    static String compactType(String type) {
        return type.strip().replaceAll("\\s+", " ").replaceAll("\\s*([(),.\\[\\]])\\s*", "$1")
                .replaceAll("\\)(?=\\w)", ") ");
    }

    /** Strips enclosing parentheses: {@code ((a + b))} gives {@code a + b}, {@code (a) + (b)} stays. */
    static String unparenthesize(String expression) {
        String text = expression.trim();
        while (text.startsWith("(") && text.endsWith(")") && closingParen(text, 0) == text.length() - 1) {
            text = text.substring(1, text.length() - 1).trim();
        }
        return text;
    }

    /** The index of the parenthesis closing the one at {@code open}, skipping quoted text; -1 if none. */
    static int closingParen(String text, int open) {
        return scanOutsideQuotes(text, open, (c, index, depth) -> c == ')' && depth == 0);
    }

    /** Looks at one character outside quotes, with the parenthesis depth after it; true stops the scan. */
    interface OutsideQuotes {
        boolean stopAt(char c, int index, int depth);
    }

    /**
     * Walks {@code text} from {@code from}, skipping quoted strings and identifiers, and hands every other
     * character to {@code visitor}; returns the index where it stopped, or -1.
     */
    static int scanOutsideQuotes(String text, int from, OutsideQuotes visitor) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '\'' || c == '"' || c == '`') {
                quote = c;
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            if (visitor.stopAt(c, i, depth)) {
                return i;
            }
        }
        return -1;
    }
}
