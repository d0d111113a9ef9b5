package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Names;
import io.github.schemaguard.model.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Identifiers as lists of lower-case words ({@code orderNo} and {@code ORDER_NO} both become
 * {@code [order, no]}), so names written in different styles and numbers can be compared.
 */
final class NameWords {

    /** Trailing table words that say nothing about what a row is: {@code t_order_info} holds orders. */
    private static final Set<String> GENERIC_TABLE_WORDS = Set.of("info", "information", "main", "master",
            "base", "tbl", "tab", "table");

    // Compiled once: rules split every column name of the schema, often several times.
    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9\\p{L}]+");

    private NameWords() {
    }

    static List<String> of(String identifier) {
        String spaced = CAMEL_HUMP.matcher(Names.unquote(identifier)).replaceAll("$1_$2");
        return Arrays.stream(SEPARATORS.split(spaced.toLowerCase(Locale.ROOT)))
                .filter(w -> !w.isEmpty()).toList();
    }

    static String snake(String identifier) {
        return String.join("_", of(identifier));
    }

    /** The words of a table's name that name its entity: {@code oms_order_info} gives {@code [oms, order]}. */
    static List<String> entityOf(Table table) {
        List<String> words = new ArrayList<>(of(table.name()));
        while (words.size() > 1 && GENERIC_TABLE_WORDS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return words;
    }

    /** True when {@code words} end with {@code tail}, singular and plural alike. */
    static boolean endsWith(List<String> words, List<String> tail) {
        int offset = words.size() - tail.size();
        return offset >= 0 && sameWords(words.subList(offset, words.size()), tail);
    }

    /** True when {@code part} occurs in {@code words} but not at the end: {@code order} in {@code order_item}. */
    static boolean containsBeforeEnd(List<String> words, List<String> part) {
        for (int start = 0; start + part.size() < words.size(); start++) {
            if (sameWords(words.subList(start, start + part.size()), part)) {
                return true;
            }
        }
        return false;
    }

    /** True when a one-word entity shortens the last table word: {@code cust} for {@code customer}. */
    static boolean abbreviates(List<String> entity, List<String> tableWords) {
        return entity.size() == 1 && entity.get(0).length() >= 3 && !tableWords.isEmpty()
                && tableWords.get(tableWords.size() - 1).startsWith(entity.get(0));
    }

    static String singular(String word) {
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("ses") || word.endsWith("xes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 2) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static boolean sameWords(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            if (!singular(a.get(i)).equals(singular(b.get(i)))) {
                return false;
            }
        }
        return !a.isEmpty();
    }
}
