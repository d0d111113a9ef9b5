package io.github.schemaguard.source.app;

import java.util.function.IntPredicate;

/** Scanning steps shared by the JPQL tokenizer and the parameter rewriting. */
final class TextScan {
    private TextScan() {
    }

    /** The index of the first character from {@code from} on that is not a {@code part}. */
    static int endOf(String text, int from, IntPredicate part) {
        int i = from;
        while (i < text.length() && part.test(text.charAt(i))) {
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
