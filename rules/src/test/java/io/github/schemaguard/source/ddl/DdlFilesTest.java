package io.github.schemaguard.source.ddl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DdlFilesTest {
    @TempDir
    Path dir;

    private void touch(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "select 1;");
    }

    private List<String> find(List<String> includes, List<String> excludes) throws IOException {
        return DdlFiles.find(dir, includes, excludes).stream()
                .map(p -> {
                    assertThat(p).isAbsolute();
                    return dir.toAbsolutePath().relativize(p).toString().replace('\\', '/');
                })
                .collect(Collectors.toList());
    }

    @Test
    void doubleStarMatchesTopLevelAndNestedFilesInMigrationOrder() throws IOException {
        touch("V10__c.sql");
        touch("V2__b.sql");
        touch("migration/V1__a.sql");
        touch("R__views.sql");
        touch("notes.txt");

        assertThat(find(List.of("**/*.sql"), List.of()))
                .containsExactly("migration/V1__a.sql", "V2__b.sql", "V10__c.sql", "R__views.sql");
    }

    @Test
    void excludesWin() throws IOException {
        touch("V1__a.sql");
        touch("test/V2__data.sql");
        touch("V3__c.sql");

        assertThat(find(List.of("**/*.sql"), List.of("test/**", "V3*")))
                .containsExactly("V1__a.sql");
    }

    @Test
    void middleDoubleStarAlsoMatchesNoDirectory() throws IOException {
        touch("db/V1__a.sql");
        touch("db/mysql/V2__b.sql");
        touch("other/V3__c.sql");

        assertThat(find(List.of("db/**/*.sql"), List.of()))
                .containsExactly("db/V1__a.sql", "db/mysql/V2__b.sql");
    }

    @Test
    void directoriesAreNotFiles() throws IOException {
        Files.createDirectories(dir.resolve("V1__dir.sql"));
        touch("V2__b.sql");

        assertThat(find(List.of("**/*.sql"), List.of())).containsExactly("V2__b.sql");
    }

    @Test
    void missingDirectoryGivesNoFiles() throws IOException {
        assertThat(DdlFiles.find(dir.resolve("absent"), List.of("**/*.sql"), List.of())).isEmpty();
    }
}
