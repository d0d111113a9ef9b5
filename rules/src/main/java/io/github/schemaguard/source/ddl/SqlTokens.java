package io.github.schemaguard.source.ddl;

import java.util.ArrayList;
import java.util.List;

/**
 * A statement cut into tokens (words, quoted names, strings, numbers, symbols; comments dropped) with a
 * read position, for the tolerant reader. Each token keeps its offset, so original text can be quoted back.
 */
final class SqlTokens {
    enum Kind { WORD, QUOTED_NAME, STRING, NUMBER, SYMBOL }

    record Token(Kind kind, String text, int start, int end) {
        boolean is(String word) {
            return (kind == Kind.WORD || kind == Kind.SYMBOL) && text.equalsIgnoreCase(word);
        }

        boolean isName() {
            return kind == Kind.WORD || kind == Kind.QUOTED_NAME;
        }
    }

    private final String text;
    private final List<Token> tokens;
    private int position;

    /** @param backslashEscapes whether {@code \\'} inside a string literal is an escaped quote (MySQL) */
    SqlTokens(String text, boolean backslashEscapes) {
        this.text = text;
        this.tokens = tokenize(text, backslashEscapes);
    }

    boolean atEnd() {
        return position >= tokens.size();
    }

    Token peek() {
        return peek(0);
    }

    Token peek(int ahead) {
        int index = position + ahead;
        return index < tokens.size() ? tokens.get(index) : new Token(Kind.SYMBOL, "", text.length(), text.length());
    }

    Token next() {
        Token token = peek();
        position = Math.min(position + 1, tokens.size());
        return token;
    }

    /** Consumes the given words if they come next, in order; otherwise consumes nothing. */
    boolean accept(String... words) {
        for (int i = 0; i < words.length; i++) {
            if (!peek(i).is(words[i])) {
                return false;
            }
        }
        position += words.length;
        return true;
    }

    /** Consumes a possibly qualified name such as {@code "public"."orders"}; null when no name comes next. */
    String qualifiedName() {
        if (!peek().isName()) {
            return null;
        }
        StringBuilder name = new StringBuilder(next().text());
        while (peek().is(".") && peek(1).isName()) {
            next();
            name.append('.').append(next().text());
        }
        return name.toString();
    }

    /**
     * The raw text of a parenthesised group starting at the current token, parts split at top-level commas;
     * null when no group starts here, it is not closed, or a part is empty ({@code (a,,b)}).
     */
    List<String> parenthesisedParts() {
        if (!peek().is("(")) {
            return null;
        }
        next();
        List<String> parts = new ArrayList<>();
        Token partStart = null;
        Token partEnd = null;
        int depth = 0;
        while (!atEnd()) {
            Token token = next();
            if (depth == 0 && (token.is(",") || token.is(")"))) {
                if (partStart == null && (token.is(",") || !parts.isEmpty())) {
                    return null;
                }
                if (partStart != null) {
                    parts.add(text(partStart, partEnd));
                }
                if (token.is(")")) {
                    return parts;
                }
                partStart = null;
                continue;
            }
            depth += token.is("(") ? 1 : token.is(")") ? -1 : 0;
            partStart = partStart == null ? token : partStart;
            partEnd = token;
        }
        return null;
    }

    /** The text as written from the start of {@code first} to the end of {@code last}. */
    String text(Token first, Token last) {
        return text.substring(first.start(), Math.max(first.start(), last.end()));
    }

    /** The remaining text from the current token on, trimmed; empty at the end. */
    String rest() {
        return atEnd() ? "" : text.substring(peek().start()).strip();
    }

    /** The text from the current token to the next top-level comma (or the end), consumed, trimmed. */
    String restOfItem() {
        if (atEnd()) {
            return "";
        }
        int start = peek().start();
        int end = start;
        int depth = 0;
        while (!atEnd() && !(depth == 0 && peek().is(","))) {
            Token token = next();
            depth += token.is("(") ? 1 : token.is(")") ? -1 : 0;
            end = token.end();
        }
        return text.substring(start, end).strip();
    }

    /** Skips to just after the next top-level comma (or to the end), for list-like statements. */
    void skipToNextItem() {
        int depth = 0;
        while (!atEnd()) {
            Token token = next();
            if (token.is("(")) {
                depth++;
            } else if (token.is(")")) {
                depth--;
            } else if (token.is(",") && depth == 0) {
                return;
            }
        }
    }

    private static List<Token> tokenize(String s, boolean backslashEscapes) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (s.startsWith("--", i) || c == '#') {
                int newline = s.indexOf('\n', i);
                i = newline < 0 ? n : newline + 1;
                continue;
            }
            if (s.startsWith("/*", i)) {
                int close = s.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
                continue;
            }
            Kind kind;
            if (c == '\'') {
                i = endOfQuoted(s, i, '\'', backslashEscapes);
                kind = Kind.STRING;
            } else if (c == '"' || c == '`' || c == '[') {
                i = endOfQuoted(s, i, c == '[' ? ']' : c, false);
                kind = Kind.QUOTED_NAME;
            } else if (Character.isLetter(c) || c == '_') {
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '$')) {
                    i++;
                }
                kind = Kind.WORD;
            } else if (Character.isDigit(c)) {
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                    i++;
                }
                kind = Kind.NUMBER;
            } else {
                i++;
                kind = Kind.SYMBOL;
            }
            out.add(new Token(kind, s.substring(start, i), start, i));
        }
        return out;
    }

    private static int endOfQuoted(String s, int open, char close, boolean backslashEscapes) {
        int i = open + 1;
        while (i < s.length()) {
            if (backslashEscapes && s.charAt(i) == '\\') {
                i += 2;
                continue;
            }
            if (s.charAt(i) == close) {
                if (i + 1 < s.length() && s.charAt(i + 1) == close) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }
}
