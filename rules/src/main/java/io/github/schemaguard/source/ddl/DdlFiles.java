package io.github.schemaguard.source.ddl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** PLACEHOLDER (helper A replaces): finds DDL files under a directory in migration order. */
public final class DdlFiles {
    private DdlFiles() {
    }

    public static List<Path> find(Path directory, List<String> includes, List<String> excludes) throws IOException {
        return List.of();
    }
}
