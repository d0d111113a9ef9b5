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

    static List<Token> tokenize(String query) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            int end;
            Kind kind;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            } else if (c == '%' && startsParameter(query, i + 1)) {
                kind = Kind.PARAMETER;
                end = parameterEnd(query, i + 1);
            } else if (startsParameter(query, i)) {
                kind = Kind.PARAMETER;
                end = parameterEnd(query, i);
            } else if (c == '\'') {
                kind = Kind.STRING;
                end = TextScan.endOfQuoted(query, i);
            } else if (query.startsWith("::", i)) {
                kind = Kind.SYMBOL;
                end = i + 2;
            } else if (Character.isJavaIdentifierStart(c)) {
                kind = Kind.WORD;
                end = pathEnd(query, i);
            } else if (Character.isDigit(c)) {
                kind = Kind.NUMBER;
                end = numberEnd(query, i);
            } else {
                kind = Kind.SYMBOL;
                end = i + 1;
            }
            tokens.add(new Token(kind, query.substring(i, end), i, end));
            i = end;
        }
        return tokens;
    }

    /** Spring Data's {@code :name}, {@code ?1} (or plain {@code ?}) and SpEL {@code :#{...}} parameters. */
    private static boolean startsParameter(String text, int index) {
        if (index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        boolean named = c == ':' && index + 1 < text.length()
                && (Character.isJavaIdentifierStart(text.charAt(index + 1)) || text.startsWith("#{", index + 1));
        return named || c == '?';
    }

    /**
     * The end of the parameter at {@code start}, with the {@code %} of Spring Data's like-pattern bindings
     * ({@code LIKE :name%}, {@code LIKE %:name%}): the wildcards are added to the bound value, not to the query.
     */
    private static int parameterEnd(String text, int start) {
        int end;
        if (text.startsWith("#{", start + 1)) {
            int close = text.indexOf('}', start);
            end = close < 0 ? text.length() : close + 1;
        } else if (text.charAt(start) == ':') {
            end = TextScan.endOf(text, start + 1, Character::isJavaIdentifierPart);
        } else {
            end = TextScan.endOf(text, start + 1, Character::isDigit);
        }
        return end < text.length() && text.charAt(end) == '%' ? end + 1 : end;
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
