package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a SQL script into statements the way the database's own command-line client would, in
 * one linear pass and without parsing: quotes, comments, MySQL {@code DELIMITER} blocks,
 * PostgreSQL dollar-quoted bodies and {@code COPY ... FROM stdin} data all hide terminators.
 * JSqlParser's own script splitting is not used because it drops statements after tagged
 * dollar quotes and ends statements at blank lines.
 *
 * <p>Client commands are handled as the client does: {@code DELIMITER x} and psql backslash
 * lines are consumed, a MySQL {@code source file} line becomes a statement of its own (it is
 * classified as skipped later), and the data block after {@code COPY ... FROM stdin} is swallowed.
 */
public final class StatementSplitter {
    private static final String DEFAULT_DELIMITER = ";";

    private final String file;
    private final String s;
    private final int n;
    /** MySQL reads {@code \'} inside strings as an escaped quote; standard SQL does not. */
    private final boolean backslashEscapes;
    /** Everything MySQL-ish ({@code #} comments, backticks, {@code /*!} code, {@code source}); PostgreSQL has none of it. */
    private final boolean mysqlSyntax;
    /** PostgreSQL-ish: dollar quotes and nested block comments; MySQL has neither. */
    private final boolean dollarQuotes;
    private final boolean nestedComments;

    private final List<SqlStatement> statements = new ArrayList<>();
    private String delimiter = DEFAULT_DELIMITER;
    private boolean copyDataFollows;

    private int positionOffset;
    private int positionLine = 1;
    private int positionLineStart;

    private StatementSplitter(String file, String content, Dialect dialect) {
        this.file = file;
        this.s = content;
        this.n = content.length();
        this.backslashEscapes = dialect == Dialect.MYSQL;
        this.mysqlSyntax = dialect != Dialect.POSTGRESQL;
        this.dollarQuotes = dialect != Dialect.MYSQL;
        this.nestedComments = dialect == Dialect.POSTGRESQL;
    }

    /** Splits with dialect-neutral rules: no backslash escapes outside E-strings. */
    public static List<SqlStatement> split(String file, String content) {
        return split(file, content, Dialect.GENERIC);
    }

    /**
     * The statements of {@code content}, in file order, without terminators; blank and
     * comment-only statements are left out.
     *
     * @param file    the file name to put in each statement's location
     * @param dialect decides backslash escapes, {@code #} comments and dollar quotes; null means generic
     */
    public static List<SqlStatement> split(String file, String content, Dialect dialect) {
        return new StatementSplitter(file, content, dialect == null ? Dialect.GENERIC : dialect).run();
    }

    private List<SqlStatement> run() {
        int start = -1;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (start < 0) {
                int next = skipBetweenStatements(i);
                if (next != i) {
                    i = next;
                    continue;
                }
                start = i;
            }
            if (c == delimiter.charAt(0) && s.startsWith(delimiter, i)) {
                emit(start, i);
                i += delimiter.length();
                start = -1;
                if (copyDataFollows) {
                    i = skipCopyData(i);
                    copyDataFollows = false;
                }
                continue;
            }
            i = skipToken(i);
        }
        if (start >= 0) {
            emit(start, n);
        }
        return statements;
    }

    /** Consumes whitespace, comments and client commands before a statement; returns {@code i} at a statement's start. */
    private int skipBetweenStatements(int i) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c) || c == '\uFEFF') {
            return i + 1;
        }
        boolean executableComment = mysqlSyntax && s.startsWith("/*!", i);
        if (isCommentStart(i) && !executableComment) {
            return skipToken(i);
        }
        if (c == '\\') {
            return endOfLine(i); // psql meta-command such as \connect or \restrict: not SQL
        }
        if (isCommandWord(i, "DELIMITER")) {
            return changeDelimiter(i + "DELIMITER".length());
        }
        if (mysqlSyntax && isCommandWord(i, "SOURCE")) {
            int end = endOfLine(i);
            emit(i, trimTerminator(i, end));
            return end;
        }
        return i;
    }

    private boolean isCommentStart(int i) {
        char c = s.charAt(i);
        char next = i + 1 < n ? s.charAt(i + 1) : 0;
        return (c == '-' && next == '-') || (c == '/' && next == '*') || (c == '#' && mysqlSyntax);
    }

    /** Skips one quoted literal, identifier, comment or dollar-quoted body at {@code i}, else one character. */
    private int skipToken(int i) {
        char c = s.charAt(i);
        switch (c) {
            case '\'':
                return skipQuoted(i + 1, '\'', backslashEscapes || isEscapeStringPrefix(i));
            case '"':
                return skipQuoted(i + 1, '"', backslashEscapes);
            case '`':
                return mysqlSyntax ? skipQuoted(i + 1, '`', false) : i + 1;
            case '-':
            case '#':
            case '/':
                if (!isCommentStart(i)) {
                    return i + 1;
                }
                return c == '/' ? skipBlockComment(i) : endOfLine(i);
            case '$':
                return dollarQuotes ? skipDollarQuoted(i) : i + 1;
            default:
                return i + 1;
        }
    }

    private int skipQuoted(int j, char quote, boolean escapes) {
        while (j < n) {
            char c = s.charAt(j);
            if (c == quote) {
                if (j + 1 < n && s.charAt(j + 1) == quote) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j += escapes && c == '\\' ? 2 : 1;
        }
        return n;
    }

    /** PostgreSQL's {@code E'...'}: the only standard-conforming string where backslash escapes. */
    private boolean isEscapeStringPrefix(int quote) {
        if (quote == 0) {
            return false;
        }
        char e = s.charAt(quote - 1);
        return (e == 'E' || e == 'e') && (quote < 2 || !isIdentifierChar(s.charAt(quote - 2)));
    }

    private int skipBlockComment(int i) {
        if (!nestedComments) {
            int close = s.indexOf("*/", i + 2);
            return close < 0 ? n : close + 2;
        }
        int depth = 0;
        int j = i;
        while (j < n - 1) {
            if (s.charAt(j) == '/' && s.charAt(j + 1) == '*') {
                depth++;
                j += 2;
            } else if (s.charAt(j) == '*' && s.charAt(j + 1) == '/') {
                j += 2;
                if (--depth == 0) {
                    return j;
                }
            } else {
                j++;
            }
        }
        return n;
    }

    /** {@code $$...$$} or {@code $tag$...$tag$}; a {@code $1} parameter or {@code a$b} name is no quote. */
    private int skipDollarQuoted(int i) {
        if (i > 0 && isIdentifierChar(s.charAt(i - 1))) {
            return i + 1;
        }
        int j = i + 1;
        if (j < n && s.charAt(j) != '$') {
            if (!Character.isLetter(s.charAt(j)) && s.charAt(j) != '_') {
                return i + 1;
            }
            while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                j++;
            }
            if (j >= n || s.charAt(j) != '$') {
                return i + 1;
            }
        }
        if (j >= n) {
            return n;
        }
        String tag = s.substring(i, j + 1);
        int close = s.indexOf(tag, j + 1);
        return close < 0 ? n : close + tag.length();
    }

    private int changeDelimiter(int i) {
        int from = i;
        while (from < n && (s.charAt(from) == ' ' || s.charAt(from) == '\t')) {
            from++;
        }
        int to = from;
        while (to < n && !Character.isWhitespace(s.charAt(to))) {
            to++;
        }
        if (to > from) {
            delimiter = s.substring(from, to);
        }
        return endOfLine(to);
    }

    /** After {@code COPY ... FROM stdin;} the rows follow on the next line, up to a line {@code \.}. */
    private int skipCopyData(int i) {
        int line = endOfLine(i) + 1;
        while (line < n) {
            int eol = endOfLine(line);
            int end = eol > line && s.charAt(eol - 1) == '\r' ? eol - 1 : eol;
            if (end - line == 2 && s.charAt(line) == '\\' && s.charAt(line + 1) == '.') {
                return eol;
            }
            line = eol + 1;
        }
        return n;
    }

    private void emit(int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        if (e == start) {
            return;
        }
        String text = s.substring(start, e);
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n");
        }
        advancePosition(start);
        statements.add(new SqlStatement(file, text, positionLine, start - positionLineStart + 1));
        copyDataFollows = isCopyFromStdin(text);
    }

    private static boolean isCopyFromStdin(String text) {
        return text.regionMatches(true, 0, "COPY", 0, 4)
                && text.toLowerCase(Locale.ROOT).contains("from stdin");
    }

    /** Statements start in increasing order, so counting newlines from the last start keeps this linear. */
    private void advancePosition(int offset) {
        while (true) {
            int newline = s.indexOf('\n', positionOffset);
            if (newline < 0 || newline >= offset) {
                break;
            }
            positionLine++;
            positionLineStart = newline + 1;
            positionOffset = newline + 1;
        }
        positionOffset = offset;
    }

    private int trimTerminator(int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        return e > start && s.charAt(e - 1) == ';' ? e - 1 : e;
    }

    /** A client command word at {@code i}, followed by a blank: {@code DELIMITER $$}, {@code source x.sql}. */
    private boolean isCommandWord(int i, String word) {
        int end = i + word.length();
        return end < n && s.regionMatches(true, i, word, 0, word.length())
                && (s.charAt(end) == ' ' || s.charAt(end) == '\t');
    }

    private int endOfLine(int i) {
        int newline = s.indexOf('\n', i);
        return newline < 0 ? n : newline;
    }

    private static boolean isIdentifierChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
