package io.github.schemaguard.source.app;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits JPQL or SQL into words (identifiers and dotted paths), string literals, parameters ({@code :name},
 * {@code ?1}, {@code ?}, SpEL {@code :#{...}}), numbers and symbols ({@code ::} casts as one).
 */
final class QueryTokens {

    enum Kind { WORD, STRING, PARAMETER, NUMBER, SYMBOL }

    /** A token and where it stands in the query, so the text between tokens can be kept. */
    record Token(Kind kind, String text, int start, int end) {
        boolean isWord(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        boolean isSymbol(char symbol) {
            return kind == Kind.SYMBOL && text.charAt(0) == symbol;
        }
    }

    private QueryTokens() {
    }

    static List<Token> tokenize(String jpql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < jpql.length()) {
            char c = jpql.charAt(i);
            int end;
            Kind kind;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            } else if (c == '\'') {
                kind = Kind.STRING;
                end = TextScan.endOfQuoted(jpql, i);
            } else if (jpql.startsWith("::", i)) {
                kind = Kind.SYMBOL;
                end = i + 2;
            } else if ((c == ':' || c == '?') && jpql.startsWith("#{", i + 1)) {
                kind = Kind.PARAMETER;
                int close = jpql.indexOf('}', i);
                end = close < 0 ? jpql.length() : close + 1;
            } else if (c == ':' && i + 1 < jpql.length() && Character.isJavaIdentifierStart(jpql.charAt(i + 1))) {
                kind = Kind.PARAMETER;
                end = TextScan.endOf(jpql, i + 1, Character::isJavaIdentifierPart);
            } else if (c == '?') {
                kind = Kind.PARAMETER;
                end = TextScan.endOf(jpql, i + 1, Character::isDigit);
            } else if (Character.isJavaIdentifierStart(c)) {
                kind = Kind.WORD;
                end = pathEnd(jpql, i);
            } else if (Character.isDigit(c)) {
                kind = Kind.NUMBER;
                end = numberEnd(jpql, i);
            } else {
                kind = Kind.SYMBOL;
                end = i + 1;
            }
            tokens.add(new Token(kind, jpql.substring(i, end), i, end));
            i = end;
        }
        return tokens;
    }

    /** The end of {@code a.b.c}: identifiers joined by dots. */
    private static int pathEnd(String text, int from) {
        int i = TextScan.endOf(text, from, Character::isJavaIdentifierPart);
        while (i + 1 < text.length() && text.charAt(i) == '.' && Character.isJavaIdentifierStart(text.charAt(i + 1))) {
            i = TextScan.endOf(text, i + 1, Character::isJavaIdentifierPart);
        }
        return i;
    }

    /** Digits, a decimal point, exponent and type suffix ({@code 1.5e3}, {@code 10L}). */
    private static int numberEnd(String text, int from) {
        return TextScan.endOf(text, from, c -> Character.isLetterOrDigit(c) || c == '.');
    }
}
