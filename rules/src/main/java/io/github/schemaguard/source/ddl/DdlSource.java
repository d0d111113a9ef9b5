package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Schema;

import java.nio.file.Path;
import java.util.List;

/** PLACEHOLDER (helper A replaces): reads DDL files, in the given order, into one schema. */
public final class DdlSource {
    private DdlSource() {
    }

    public static DdlReadResult read(Path baseDirectory, List<Path> files, Dialect dialect) {
        return new DdlReadResult(new Schema(dialect == null ? Dialect.GENERIC : dialect, List.of()),
                new DdlReadStats(files.size(), 0, 0, 0), List.of());
    }
}
