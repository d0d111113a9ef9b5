package io.github.schemaguard.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The report files schemaguard can write, under the names CI configurations point at. */
public enum ReportFormat {
    SARIF("schemaguard.sarif", new SarifReport()),
    CHECKSTYLE("schemaguard-checkstyle.xml", new CheckstyleReport()),
    JUNIT("schemaguard-junit.xml", new JunitReport()),
    JSON("schemaguard.json", new JsonReport()),
    HTML("schemaguard.html", new HtmlReport());

    private final String fileName;
    private final ReportWriter writer;

    ReportFormat(String fileName, ReportWriter writer) {
        this.fileName = fileName;
        this.writer = writer;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String fileName() {
        return fileName;
    }

    /** Writes this report into {@code directory} (created if needed) and returns the file. */
    public Path writeTo(Path directory, ReportInput input) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(fileName);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            writer.write(input, out);
        }
        return file;
    }

    /**
     * Parses format names, each entry possibly comma-separated ({@code sarif,json}) as on the
     * command line; blanks are ignored, so no value means no report files.
     */
    public static Set<ReportFormat> parse(Collection<String> values) {
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        for (String value : values) {
            for (String name : value.split(",")) {
                if (!name.isBlank()) {
                    formats.add(parseOne(name.trim()));
                }
            }
        }
        return formats;
    }

    private static ReportFormat parseOne(String name) {
        for (ReportFormat format : values()) {
            if (format.label().equalsIgnoreCase(name)) {
                return format;
            }
        }
        throw new IllegalArgumentException("Unknown report format '" + name + "': use "
                + Arrays.stream(values()).map(ReportFormat::label).collect(Collectors.joining(", ")));
    }
}
