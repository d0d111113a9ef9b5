package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Dialect;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Guesses the dialect of a set of DDL files from textual signals that only one dialect
 * writes (backticks and {@code ENGINE=} for MySQL, {@code ::} casts and {@code OWNER TO} for
 * PostgreSQL, {@code DROP TABLE x IF EXISTS} for H2). Each signal present in a file adds its
 * weight once to its dialect, so one huge file cannot outvote many small ones by sheer size;
 * the highest total wins, ties go to the earlier dialect in {@link Dialect} order.
 *
 * <p>It runs once per build before anything is warm, so it reads each file's head in a single
 * pass without copying or lower-casing it.
 */
public final class DialectDetector {
    /** Signals show early in a file, and dumps can be large. */
    static final int SAMPLE_CHARS = 64 * 1024;

    /**
     * A lower-case pattern: a blank stands for any run of whitespace, {@code %} for one name.
     * A pattern that starts (ends) with a letter must start (end) a word; one that starts with
     * a backslash must start a line (a psql meta-command).
     *
     * @param notAfterWord a word that must not come right before the match, or null
     */
    private record Signal(Dialect dialect, int weight, String pattern, String notAfterWord) {
    }

    private static final List<Signal> SIGNALS = List.of(
            signal(Dialect.MYSQL, 3, "`"),
            signal(Dialect.MYSQL, 5, "engine="),
            signal(Dialect.MYSQL, 5, "engine ="),
            signal(Dialect.MYSQL, 3, "auto_increment"),
            signal(Dialect.MYSQL, 2, "unsigned"),
            signal(Dialect.MYSQL, 2, "comment '"),
            signal(Dialect.MYSQL, 3, "/*!"),
            signal(Dialect.MYSQL, 3, "delimiter"),
            signal(Dialect.MYSQL, 2, "default charset"),
            signal(Dialect.MYSQL, 2, "tinyint"),
            signal(Dialect.POSTGRESQL, 3, "::"),
            signal(Dialect.POSTGRESQL, 3, "as $"),
            signal(Dialect.POSTGRESQL, 3, "serial"),
            signal(Dialect.POSTGRESQL, 3, "bigserial"),
            signal(Dialect.POSTGRESQL, 5, "alter table only"),
            signal(Dialect.POSTGRESQL, 3, "comment on"),
            signal(Dialect.POSTGRESQL, 3, "owner to"),
            signal(Dialect.POSTGRESQL, 5, "create extension"),
            signal(Dialect.POSTGRESQL, 3, "with time zone"),
            signal(Dialect.POSTGRESQL, 3, "timestamptz"),
            signal(Dialect.POSTGRESQL, 3, "jsonb"),
            signal(Dialect.POSTGRESQL, 3, "bytea"),
            signal(Dialect.POSTGRESQL, 3, "nextval("),
            signal(Dialect.POSTGRESQL, 5, "from stdin"),
            signal(Dialect.POSTGRESQL, 5, "set search_path"),
            signal(Dialect.POSTGRESQL, 5, "pg_catalog."),
            signal(Dialect.POSTGRESQL, 3, "create index on "),
            signal(Dialect.POSTGRESQL, 5, "\\c "),
            signal(Dialect.POSTGRESQL, 5, "\\connect "),
            signal(Dialect.H2, 5, "drop table % if exists"),
            signal(Dialect.H2, 5, "merge into % key"),
            signal(Dialect.H2, 5, "create memory table"),
            signal(Dialect.H2, 5, "create cached table"),
            new Signal(Dialect.H2, 2, "identity", "as")); // bare column type; GENERATED ... AS IDENTITY is standard

    /** Indexes into SIGNALS by the first character of their pattern, so each position tries only a few. */
    private static final int[][] BY_FIRST_CHAR = new int[128][];

    static {
        for (int i = 0; i < SIGNALS.size(); i++) {
            char first = SIGNALS.get(i).pattern().charAt(0);
            int[] before = BY_FIRST_CHAR[first] == null ? new int[0] : BY_FIRST_CHAR[first];
            int[] after = Arrays.copyOf(before, before.length + 1);
            after[before.length] = i;
            BY_FIRST_CHAR[first] = after;
        }
    }

    private DialectDetector() {
    }

    /** The most likely dialect of the given file contents, GENERIC when nothing points anywhere. */
    public static Dialect detect(List<String> contents) {
        Map<Dialect, Integer> scores = scores(contents);
        Dialect best = Dialect.GENERIC;
        int bestScore = 0;
        for (Dialect dialect : Dialect.values()) {
            int score = scores.getOrDefault(dialect, 0);
            if (score > bestScore) {
                best = dialect;
                bestScore = score;
            }
        }
        return best;
    }

    private static Map<Dialect, Integer> scores(List<String> contents) {
        Map<Dialect, Integer> scores = new EnumMap<>(Dialect.class);
        for (String content : contents) {
            boolean[] found = signalsIn(content);
            for (int i = 0; i < found.length; i++) {
                if (found[i]) {
                    scores.merge(SIGNALS.get(i).dialect(), SIGNALS.get(i).weight(), Integer::sum);
                }
            }
        }
        return scores;
    }

    /** Which of SIGNALS occur in the head of {@code content}, by index. */
    private static boolean[] signalsIn(String content) {
        boolean[] found = new boolean[SIGNALS.size()];
        int end = Math.min(content.length(), SAMPLE_CHARS);
        boolean previousIsWordChar = false;
        for (int i = 0; i < end; i++) {
            char c = content.charAt(i);
            boolean wordChar = isWordChar(c);
            // Patterns that start with a letter only match at a word start: skip the inside of words cheaply.
            if (!(wordChar && previousIsWordChar)) {
                int lower = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
                int[] candidates = lower < BY_FIRST_CHAR.length ? BY_FIRST_CHAR[lower] : null;
                for (int signal = 0; candidates != null && signal < candidates.length; signal++) {
                    int index = candidates[signal];
                    if (!found[index] && matchesAt(content, i, end, SIGNALS.get(index))) {
                        found[index] = true;
                    }
                }
            }
            previousIsWordChar = wordChar;
        }
        return found;
    }

    /** Whether {@code signal} matches at {@code start}, which callers guarantee to be a word start for letters. */
    private static boolean matchesAt(String text, int start, int end, Signal signal) {
        String pattern = signal.pattern();
        if (pattern.charAt(0) == '\\' && start > 0 && text.charAt(start - 1) != '\n'
                || signal.notAfterWord() != null && wordBefore(text, start, signal.notAfterWord())) {
            return false;
        }
        int t = start;
        for (int p = 0; p < pattern.length(); p++) {
            char expected = pattern.charAt(p);
            int from = t;
            if (expected == ' ') {
                while (t < end && Character.isWhitespace(text.charAt(t))) {
                    t++;
                }
            } else if (expected == '%') {
                while (t < end && !Character.isWhitespace(text.charAt(t)) && text.charAt(t) != ';') {
                    t++;
                }
            } else if (t < end && Character.toLowerCase(text.charAt(t)) == expected) {
                t++;
            }
            if (t == from) {
                return false;
            }
        }
        return !isWordChar(pattern.charAt(pattern.length() - 1)) || t >= end || !isWordChar(text.charAt(t));
    }

    /** Whether {@code word} stands right before {@code at}, whitespace apart. */
    private static boolean wordBefore(String text, int at, String word) {
        int e = at;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int s = e - word.length();
        return e < at && s >= 0 && text.regionMatches(true, s, word, 0, word.length())
                && (s == 0 || !isWordChar(text.charAt(s - 1)));
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }
        return Character.isLetterOrDigit(c);
    }

    private static Signal signal(Dialect dialect, int weight, String pattern) {
        return new Signal(dialect, weight, pattern, null);
    }
}
