package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a statement JSqlParser rejected into one it accepts, without changing what the model takes
 * from it: clauses the model ignores are removed (DEFERRABLE, NOT VALID, character sets, partitioning,
 * storage options) and column names are quoted, because JSqlParser reserves words that databases do not.
 * String literals are masked while rewriting, so comment text is never touched.
 */
final class StatementNormalizer {
    private static final List<Pattern> IGNORED_CLAUSES = List.of(
            Pattern.compile("(?i)\\bNOT\\s+DEFERRABLE\\b"),
            Pattern.compile("(?i)\\bDEFERRABLE\\b"),
            Pattern.compile("(?i)\\bINITIALLY\\s+(?:DEFERRED|IMMEDIATE)\\b"),
            Pattern.compile("(?i)\\bNOT\\s+VALID\\b"),
            // NULLS NOT DISTINCT stays: the token reader takes it into the model when JSqlParser cannot
            Pattern.compile("(?i)\\bNULLS\\s+DISTINCT\\b"),
            Pattern.compile("(?i)(?:\\bDEFAULT\\s+)?\\b(?:CHARACTER\\s+SET|CHARSET)\\s*=?\\s*[\"`]?\\w+[\"`]?"),
            Pattern.compile("(?i)(?:\\bDEFAULT\\s+)?\\bCOLLATE\\s*=?\\s*(?:\"[^\"]*\"|`[^`]*`|\\w+)"),
            Pattern.compile("(?i)\\bUSING\\s+(?:BTREE|HASH)\\b"),
            Pattern.compile("(?i)\\bON\\s+UPDATE\\s+CURRENT_TIMESTAMP(?:\\s*\\(\\s*\\d*\\s*\\))?"),
            Pattern.compile("(?i)\\b(?:ALGORITHM|LOCK)\\s*=\\s*\\w+\\s*,?"));
    private static final Pattern ALTER_ONLY = Pattern.compile(
            "(?i)^(\\s*ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?)ONLY\\s+");
    private static final Pattern ALTER_TABLE_NAME = Pattern.compile(
            "(?i)^(\\s*ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?)(?:([A-Za-z_]\\w*)\\.)?([A-Za-z_]\\w*)\\b(?!\\.)");
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?is)^\\s*CREATE\\s+(?:(?:GLOBAL|LOCAL|TEMPORARY|TEMP|UNLOGGED|CACHED|MEMORY)\\s+)*TABLE\\b");
    private static final Pattern TABLE_COMMENT = Pattern.compile("(?i)\\bCOMMENT\\s*=?\\s*(\u0000\\d+\u0000)");
    private static final Pattern ALTER_COLUMN_DEFINITION = Pattern.compile(
            "(?i)(\\b(?:ADD|MODIFY)(?:\\s+COLUMN)?(?:\\s+IF\\s+NOT\\s+EXISTS)?\\s+|\\bCHANGE(?:\\s+COLUMN)?\\s+)"
                    + "(?!(?:CONSTRAINT|PRIMARY|UNIQUE|KEY|INDEX|FOREIGN|CHECK|FULLTEXT|SPATIAL|COLUMN)\\b)"
                    + "([A-Za-z_]\\w*)\\b");
    private static final Set<String> ELEMENT_KEYWORDS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "KEY", "INDEX",
            "FOREIGN", "CHECK", "FULLTEXT", "SPATIAL", "EXCLUDE", "LIKE", "PERIOD");
    private static final Pattern TRAILING_NAME = Pattern.compile("(?:([A-Za-z_]\\w*)\\.)?([A-Za-z_]\\w*)(\\s*)$");
    private static final Pattern LENGTH = Pattern.compile("\\s*\\d+\\s*(?:,\\s*\\d+\\s*)?");
    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_]\\w*");

    private StatementNormalizer() {
    }

    /**
     * The one rewrite every statement gets before its first parse: pg_dump's {@code --clean} output starts
     * with hundreds of {@code ALTER TABLE IF EXISTS ONLY}, which JSqlParser always rejects, and a parse bound
     * to fail costs three (simple, complex, normalised). ONLY (do not recurse into partitions) means nothing
     * to the model.
     */
    static String prepare(String text) {
        return ALTER_ONLY.matcher(text).replaceFirst("$1");
    }

    static String normalize(String text, Dialect dialect) {
        List<String> literals = new ArrayList<>();
        String masked = mask(text, dialect == Dialect.MYSQL, literals);
        masked = ALTER_ONLY.matcher(masked).replaceFirst("$1");
        masked = ALTER_TABLE_NAME.matcher(masked).replaceFirst(m -> m.group(1)
                + (m.group(2) == null ? "" : "\"" + m.group(2) + "\".") + "\"" + m.group(3) + "\"");
        for (Pattern clause : IGNORED_CLAUSES) {
            masked = clause.matcher(masked).replaceAll(" ");
        }
        masked = CREATE_TABLE.matcher(masked).lookingAt() ? normalizeCreateTable(masked)
                : ALTER_COLUMN_DEFINITION.matcher(masked).replaceAll("$1\"$2\"");
        return unmask(masked, literals);
    }

    /**
     * Keeps {@code CREATE TABLE name (elements)} and a table comment; drops partitioning, storage and other
     * options after the element list, and quotes every column name and every key part.
     */
    private static String normalizeCreateTable(String text) {
        int open = text.indexOf('(');
        int close = open < 0 ? -1 : SqlText.closingParen(text, open);
        if (close < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(quoteTrailingName(text.substring(0, open))).append('(');
        List<String> elements = splitTopLevel(text.substring(open + 1, close));
        for (int i = 0; i < elements.size(); i++) {
            out.append(i == 0 ? "" : ",").append(quoteElement(elements.get(i)));
        }
        out.append(')');
        Matcher comment = TABLE_COMMENT.matcher(text.substring(close + 1));
        if (comment.find()) {
            out.append(" COMMENT=").append(comment.group(1));
        }
        return out.toString();
    }

    /** Quotes the table name at the end of {@code CREATE TABLE [schema.]name}: it may be a reserved word too. */
    private static String quoteTrailingName(String head) {
        return TRAILING_NAME.matcher(head).replaceFirst(m -> (m.group(1) == null ? "" : "\"" + m.group(1) + "\".")
                + "\"" + m.group(2) + "\"" + m.group(3));
    }

    private static String quoteElement(String element) {
        String trimmed = element.strip();
        Matcher first = SIMPLE_NAME.matcher(trimmed);
        if (!first.lookingAt()) {
            return element;
        }
        int open = trimmed.indexOf('(');
        int close = open < 0 ? -1 : SqlText.closingParen(trimmed, open);
        if (!isKeyClause(first.group(), close < 0 ? null : trimmed.substring(open + 1, close))) {
            return " \"" + first.group() + "\"" + trimmed.substring(first.end());
        }
        if (close < 0) {
            return element;
        }
        StringBuilder parts = new StringBuilder();
        for (String part : splitTopLevel(trimmed.substring(open + 1, close))) {
            String p = part.strip();
            Matcher name = SIMPLE_NAME.matcher(p);
            parts.append(parts.length() == 0 ? "" : ", ")
                    .append(name.lookingAt() && name.end() == p.length() ? "\"" + p + "\"" : p);
        }
        return " " + trimmed.substring(0, open + 1) + parts + trimmed.substring(close);
    }

    /**
     * Whether a table element is a key clause rather than a column: {@code key varchar(64)} is a column
     * named key, {@code KEY idx (a)} an index; a parenthesised group of numbers is a type's length.
     */
    private static boolean isKeyClause(String firstWord, String parenthesised) {
        String word = firstWord.toUpperCase(Locale.ROOT);
        if (!ELEMENT_KEYWORDS.contains(word)) {
            return false;
        }
        if (!word.equals("KEY") && !word.equals("INDEX")) {
            return true;
        }
        return parenthesised != null && !LENGTH.matcher(parenthesised).matches();
    }

    /** Splits at commas outside parentheses and quotes. */
    static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int[] start = {0};
        SqlText.scanOutsideQuotes(text, 0, (c, index, depth) -> {
            if (c == ',' && depth == 0) {
                parts.add(text.substring(start[0], index));
                start[0] = index + 1;
            }
            return false;
        });
        parts.add(text.substring(start[0]));
        return parts;
    }

    /** Replaces each string literal by a numbered placeholder the rewriting rules cannot match. */
    private static String mask(String text, boolean backslashEscapes, List<String> literals) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '\'') {
                out.append(c);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length()) {
                char d = text.charAt(end);
                if (d == '\\' && backslashEscapes) {
                    end += 2;
                } else if (d == '\'' && end + 1 < text.length() && text.charAt(end + 1) == '\'') {
                    end += 2;
                } else if (d == '\'') {
                    break;
                } else {
                    end++;
                }
            }
            end = Math.min(end + 1, text.length());
            out.append('\u0000').append(literals.size()).append('\u0000');
            literals.add(text.substring(i, end));
            i = end;
        }
        return out.toString();
    }

    private static String unmask(String text, List<String> literals) {
        Matcher placeholder = Pattern.compile("\u0000(\\d+)\u0000").matcher(text);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String literal = literals.get(Integer.parseInt(placeholder.group(1)));
            placeholder.appendReplacement(out, Matcher.quoteReplacement(literal));
        }
        placeholder.appendTail(out);
        return out.toString();
    }
}
