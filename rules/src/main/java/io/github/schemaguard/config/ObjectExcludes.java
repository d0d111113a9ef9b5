package io.github.schemaguard.config;

import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * One rule's {@code <excludes>}: globs over a finding's object path ({@code [schema.]table[.column]}), matched
 * by the JDK's glob matcher with each dot-separated name as one path element. So {@code *} stays within a name,
 * {@code **} spans names, {@code ?}, {@code [a-z]} and {@code {a,b}} work as in file globs, and case is ignored
 * as SQL ignores it for unquoted names. A pattern also covers what is inside the object it names
 * ({@code t_order} covers {@code t_order.order_no}), and a leading {@code *.} or {@code **.} also matches no
 * schema at all, because tables of the default schema have none in their path: {@code *.t_order} matches
 * {@code t_order} and {@code billing.t_order}.
 */
final class ObjectExcludes {

    static final ObjectExcludes NONE = new ObjectExcludes(List.of());

    private record CompiledPattern(String text, List<PathMatcher> matchers) {
        boolean matches(Path objectPath) {
            return matchers.stream().anyMatch(m -> m.matches(objectPath));
        }
    }

    private final List<CompiledPattern> patterns;

    private ObjectExcludes(List<CompiledPattern> patterns) {
        this.patterns = patterns;
    }

    /**
     * @throws IllegalArgumentException naming the rule and the pattern, when a pattern can never match or is no glob
     */
    static ObjectExcludes compile(String ruleId, List<String> patterns) {
        FileSystem fileSystem = FileSystems.getDefault();
        List<CompiledPattern> compiled = new ArrayList<>();
        for (String pattern : patterns) {
            String text = pattern.strip();
            String problem = problem(text);
            if (problem != null) {
                throw invalid(ruleId, text, problem);
            }
            try {
                compiled.add(new CompiledPattern(text, variants(text).map(g -> fileSystem.getPathMatcher("glob:" + g))
                        .toList()));
            } catch (PatternSyntaxException e) {
                throw invalid(ruleId, text, "not a valid glob: " + e.getDescription());
            }
        }
        return new ObjectExcludes(List.copyOf(compiled));
    }

    /** The first pattern that matches the object path, if any. */
    Optional<String> matching(String objectPath) {
        if (patterns.isEmpty()) {
            return Optional.empty();
        }
        Path path;
        try {
            String[] names = objectPath.toLowerCase(Locale.ROOT).split("\\.");
            path = Path.of(names[0], Arrays.copyOfRange(names, 1, names.length));
        } catch (InvalidPathException e) {
            // Only a name the OS forbids in file names gets here (':' on Windows): no schema object has one.
            return Optional.empty();
        }
        return patterns.stream().filter(p -> p.matches(path)).map(CompiledPattern::text).findFirst();
    }

    private static String problem(String text) {
        if (text.isEmpty()) {
            return "it is empty";
        }
        if (text.contains("/") || text.contains("\\")) {
            return "excludes name schema objects as schema.table.column, separated by '.', not files";
        }
        if (text.startsWith(".") || text.endsWith(".") || text.contains("..")) {
            return "it has an empty name between dots";
        }
        return null;
    }

    /** The glob itself, the object's insides, and both without a leading any-schema part. */
    private static Stream<String> variants(String pattern) {
        String glob = pattern.toLowerCase(Locale.ROOT).replace('.', '/');
        Stream<String> schemaOptional = glob.startsWith("*/") ? Stream.of(glob, glob.substring(2))
                : glob.startsWith("**/") ? Stream.of(glob, glob.substring(3)) : Stream.of(glob);
        return schemaOptional.flatMap(g -> Stream.of(g, g + "/**"));
    }

    private static IllegalArgumentException invalid(String ruleId, String pattern, String problem) {
        return new IllegalArgumentException("Rule '" + ruleId + "': exclude '" + pattern + "' is not a valid object"
                + " pattern (" + problem + "); write [schema.]table[.column] with * ? ** [a-z] {a,b}, e.g. billing.*,"
                + " *.legacy_*, t_order.order_no");
    }
}
