package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Names;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A list of case-insensitive name globs such as {@code *_no} ({@code *} matches any run of
 * characters): the form users already write in includes/excludes, simpler than regular expressions.
 */
final class NamePatterns {

    /** All globs as one alternation: one match per name, however many globs. */
    private final Pattern pattern;

    private NamePatterns(Pattern pattern) {
        this.pattern = pattern;
    }

    static NamePatterns of(List<String> globs) {
        return new NamePatterns(Pattern.compile(globs.isEmpty() ? "(?!)"
                : globs.stream().map(NamePatterns::regex).collect(Collectors.joining("|"))));
    }

    boolean matches(String name) {
        return pattern.matcher(Names.key(name)).matches();
    }

    private static String regex(String glob) {
        String[] literals = glob.toLowerCase(Locale.ROOT).split("\\*", -1);
        StringBuilder regex = new StringBuilder(Pattern.quote(literals[0]));
        for (int i = 1; i < literals.length; i++) {
            regex.append(".*").append(Pattern.quote(literals[i]));
        }
        return regex.toString();
    }
}
