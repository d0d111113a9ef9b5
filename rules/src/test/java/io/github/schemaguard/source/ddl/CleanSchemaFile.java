package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One schema file written to a test's folder and read by the DDL reader, which must understand all of it. */
final class CleanSchemaFile {

    private CleanSchemaFile() {
    }

    /** The named table of {@code sql}, read as {@code schema.sql} in {@code dir}. */
    static Table table(Path dir, Dialect dialect, String table, String sql) throws IOException {
        Path file = Files.writeString(dir.resolve("schema.sql"), sql);
        DdlReadResult result = DdlSource.read(dir, List.of(file), dialect);
        assertThat(result.problems()).isEmpty();
        return result.schema().table(table).orElseThrow();
    }
}
