package io.github.schemaguard.source.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The {@code .java} files under the source roots, each once, in path order. */
final class JavaSourceFiles {
    private JavaSourceFiles() {
    }

    /** A root that does not exist has no files; a root that is a file is taken as it is. */
    static List<Path> find(List<Path> roots) throws IOException {
        TreeSet<Path> files = new TreeSet<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                files.add(root.toAbsolutePath().normalize());
            } else if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> p.getFileName().toString().endsWith(".java") && Files.isRegularFile(p))
                            .forEach(p -> files.add(p.toAbsolutePath().normalize()));
                }
            }
        }
        return List.copyOf(files);
    }
}
