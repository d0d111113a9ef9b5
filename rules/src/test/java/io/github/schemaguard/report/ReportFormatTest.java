package io.github.schemaguard.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportFormatTest {

    @Test
    void parsesCommaSeparatedNamesInAnyCase() {
        assertThat(ReportFormat.parse(List.of("json, SARIF", "checkstyle,junit", "Html")))
                .containsExactly(ReportFormat.SARIF, ReportFormat.CHECKSTYLE, ReportFormat.JUNIT, ReportFormat.JSON,
                        ReportFormat.HTML);
    }

    @Test
    void noValueMeansNoReportFiles() {
        assertThat(ReportFormat.parse(List.of())).isEmpty();
        assertThat(ReportFormat.parse(List.of(" "))).isEmpty();
    }

    @Test
    void anUnknownFormatIsOneClearLine() {
        assertThatThrownBy(() -> ReportFormat.parse(List.of("sarif,pdf")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown report format 'pdf': use sarif, checkstyle, junit, json, html");
    }

    @Test
    void writesEachReportUnderItsFileName(@TempDir Path tmp) throws Exception {
        Path directory = tmp.resolve("target/schemaguard");

        for (ReportFormat format : ReportFormat.values()) {
            Path file = format.writeTo(directory, ReportSamples.input(FailOn.ERROR));
            assertThat(file).isEqualTo(directory.resolve(format.fileName()));
            assertThat(Files.size(file)).isPositive();
        }
        assertThat(directory.toFile().list()).containsExactlyInAnyOrder("schemaguard.sarif",
                "schemaguard-checkstyle.xml", "schemaguard-junit.xml", "schemaguard.json", "schemaguard.html");
    }
}
