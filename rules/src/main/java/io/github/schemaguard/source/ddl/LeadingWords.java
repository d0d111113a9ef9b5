package io.github.schemaguard.source.ddl;

import java.util.Locale;
import java.util.Set;

/**
 * Reads the first words of a statement, upper-cased, stepping over whitespace and comments.
 * MySQL executable comments count as code: {@code /*!50003 CREATE*}{@code /} reads as CREATE.
 * Only as much of the text is touched as the caller asks for, so classifying stays cheap.
 */
final class LeadingWords {
    private final String s;
    private final int n;
    private int i;

    LeadingWords(String text) {
        this.s = text;
        this.n = text.length();
    }

    /** The next bare word, or null at the end or when something else (a quote, punctuation) comes first. */
    String next() {
        skipInsignificant();
        if (i >= n || !isWordStart(s.charAt(i))) {
            return null;
        }
        int start = i;
        while (i < n && isWordChar(s.charAt(i))) {
            i++;
        }
        return s.substring(start, i).toUpperCase(Locale.ROOT);
    }

    /** Steps over any of {@code words} that come next, stopping before the first other token. */
    void skipWords(Set<String> words) {
        while (true) {
            int at = i;
            String word = next();
            if (word == null || !words.contains(word)) {
                i = at;
                return;
            }
        }
    }

    /** Steps over {@code = value} after DEFINER, where the value is {@code `u`@`h`}, {@code 'u'@'%'} or CURRENT_USER. */
    void skipAssignedValue() {
        skipInsignificant();
        if (i < n && s.charAt(i) == '=') {
            i++;
        }
        skipInsignificant();
        while (i < n && !Character.isWhitespace(s.charAt(i)) && !s.startsWith("*/", i) && !s.startsWith("/*", i)) {
            char c = s.charAt(i);
            i = c == '`' || c == '\'' || c == '"' ? closingQuote(c) : i + 1;
        }
    }

    /** Steps over a possibly qualified and quoted name such as {@code "public"."order"} or {@code `db`.`t`}. */
    void skipName() {
        do {
            skipInsignificant();
            if (i >= n) {
                return;
            }
            char c = s.charAt(i);
            if (c == '`' || c == '"') {
                i = closingQuote(c);
            } else {
                while (i < n && isWordChar(s.charAt(i))) {
                    i++;
                }
            }
        } while (i < n && s.charAt(i) == '.' && ++i > 0);
    }

    private int closingQuote(char quote) {
        int close = s.indexOf(quote, i + 1);
        return close < 0 ? n : close + 1;
    }

    private void skipInsignificant() {
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (s.startsWith("/*!", i)) {
                i += 3;
                while (i < n && Character.isDigit(s.charAt(i))) {
                    i++;
                }
            } else if (s.startsWith("*/", i)) {
                i += 2; // the end of an executable comment whose code was read
            } else if (s.startsWith("/*", i)) {
                int close = s.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (s.startsWith("--", i) || c == '#') {
                int newline = s.indexOf('\n', i);
                i = newline < 0 ? n : newline + 1;
            } else {
                return;
            }
        }
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
