package io.github.schemaguard.source.ddl;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds the DDL files under a directory, in the order their statements must be applied. */
public final class DdlFiles {
    private DdlFiles() {
    }

    /**
     * Absolute paths of the regular files under {@code directory} whose path relative to it
     * ('/' separators) matches an include glob and no exclude glob, in {@link MigrationOrder}.
     * A missing directory yields an empty list; the caller decides whether that deserves a warning.
     */
    public static List<Path> find(Path directory, List<String> includes, List<String> excludes) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        Path root = directory.toAbsolutePath().normalize();
        List<PathMatcher> include = matchers(root.getFileSystem(), includes);
        List<PathMatcher> exclude = matchers(root.getFileSystem(), excludes);
        Map<String, Path> byRelativePath = new TreeMap<>(MigrationOrder.INSTANCE);
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(file -> {
                String relative = relativePath(root, file);
                if (matchesAny(include, relative) && !matchesAny(exclude, relative)) {
                    byRelativePath.put(relative, file);
                }
            });
        }
        return List.copyOf(byRelativePath.values());
    }

    private static String relativePath(Path root, Path file) {
        StringBuilder path = new StringBuilder();
        for (Path part : root.relativize(file)) {
            if (path.length() > 0) {
                path.append('/');
            }
            path.append(part);
        }
        return path.toString();
    }

    private static List<PathMatcher> matchers(FileSystem fileSystem, List<String> globs) {
        return globs.stream()
                .flatMap(glob -> withZeroDirectoryVariants(glob.trim().replace('\\', '/')))
                .map(glob -> fileSystem.getPathMatcher("glob:" + glob))
                .collect(Collectors.toList());
    }

    /**
     * Java's {@code **}{@code /} needs at least one directory; Ant and Maven users expect it to
     * match none as well ({@code **}{@code /*.sql} takes {@code V1__init.sql}), so each glob also
     * gets that reading.
     */
    private static Stream<String> withZeroDirectoryVariants(String glob) {
        String inner = glob.replace("/**/", "/");
        return Stream.of(glob, inner)
                .flatMap(g -> g.startsWith("**/") ? Stream.of(g, g.substring(3)) : Stream.of(g))
                .distinct();
    }

    private static boolean matchesAny(List<PathMatcher> matchers, String relativePath) {
        Path path = Path.of(relativePath);
        return matchers.stream().anyMatch(m -> m.matches(path));
    }
}
