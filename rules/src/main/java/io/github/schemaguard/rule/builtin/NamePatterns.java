package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Names;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A list of case-insensitive name globs such as {@code *_no} ({@code *} matches any run of
 * characters): the form users already write in includes/excludes, simpler than regular expressions.
 */
final class NamePatterns {

    private final List<Pattern> patterns;

    private NamePatterns(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    static NamePatterns of(List<String> globs) {
        return new NamePatterns(globs.stream().map(NamePatterns::compile).toList());
    }

    boolean matches(String name) {
        String key = Names.key(name);
        return patterns.stream().anyMatch(p -> p.matcher(key).matches());
    }

    private static Pattern compile(String glob) {
        String[] literals = glob.toLowerCase(Locale.ROOT).split("\\*", -1);
        StringBuilder regex = new StringBuilder(Pattern.quote(literals[0]));
        for (int i = 1; i < literals.length; i++) {
            regex.append(".*").append(Pattern.quote(literals[i]));
        }
        return Pattern.compile(regex.toString());
    }
}
