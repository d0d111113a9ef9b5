package io.github.schemaguard.source.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The {@code .java} files under a source root, in path order. */
final class JavaSourceFiles {
    private JavaSourceFiles() {
    }

    /** A root that does not exist has no files; a root that is a file is taken as it is. */
    static List<Path> find(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return Files.isRegularFile(root) ? List.of(root.toAbsolutePath().normalize()) : List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".java") && Files.isRegularFile(p))
                    .map(p -> p.toAbsolutePath().normalize()).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
