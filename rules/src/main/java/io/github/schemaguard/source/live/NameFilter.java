package io.github.schemaguard.source.live;

import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Include and exclude glob patterns for schema or table names ({@code t_*}, {@code audit_?}, {@code {a,b}}),
 * compared case-insensitively: databases differ in the case they store unquoted names in. No includes means
 * everything is included.
 */
public record NameFilter(List<String> includes, List<String> excludes) implements Predicate<String> {

    public static final NameFilter ALL = new NameFilter(List.of(), List.of());

    public NameFilter {
        includes = clean(includes);
        excludes = clean(excludes);
        // A broken pattern fails here, when the configuration is read, not in the middle of a crawl.
        includes.forEach(NameFilter::matcher);
        excludes.forEach(NameFilter::matcher);
    }

    /** A filter from comma-separated pattern lists, as Maven parameters give them; {@code null} is empty. */
    public static NameFilter parse(String includes, String excludes) {
        return new NameFilter(split(includes), split(excludes));
    }

    @Override
    public boolean test(String name) {
        return testAny(List.of(name));
    }

    /**
     * True when one of the names matches an include (or there are none) and none matches an exclude: a table
     * is known by its own name and by {@code schema.table}.
     */
    public boolean testAny(List<String> names) {
        return (includes.isEmpty() || names.stream().anyMatch(name -> matchesAny(includes, name)))
                && names.stream().noneMatch(name -> matchesAny(excludes, name));
    }

    private static boolean matchesAny(List<String> globs, String name) {
        Path path;
        try {
            path = Path.of(name.toLowerCase(Locale.ROOT));
        } catch (InvalidPathException e) {
            return false;
        }
        return globs.stream().map(NameFilter::matcher).anyMatch(matcher -> matcher.matches(path));
    }

    private static PathMatcher matcher(String glob) {
        return FileSystems.getDefault().getPathMatcher("glob:" + glob.toLowerCase(Locale.ROOT));
    }

    private static List<String> split(String patterns) {
        return patterns == null ? List.of() : List.of(patterns.split(","));
    }

    private static List<String> clean(List<String> patterns) {
        return patterns.stream().map(String::strip).filter(pattern -> !pattern.isEmpty()).toList();
    }
}
