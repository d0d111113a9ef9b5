package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.model.Schema;
import io.github.schemaguard.source.ParseProblem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads DDL files, in the given (migration) order, into one schema: every file is split into statements,
 * statements that are not about the schema are counted and passed over, and the rest are applied in order.
 * A file that cannot be read or a statement that cannot be understood becomes a {@link ParseProblem};
 * reading always goes on.
 */
public final class DdlSource {
    private DdlSource() {
    }

    /**
     * @param baseDirectory the directory locations are reported relative to
     * @param files         the DDL files in migration order
     * @param dialect       the dialect, or {@code null} to detect it from the files
     */
    public static DdlReadResult read(Path baseDirectory, List<Path> files, Dialect dialect) {
        List<ParseProblem> problems = new ArrayList<>();
        Map<String, String> contents = new LinkedHashMap<>();
        for (Path file : files) {
            String name = displayName(baseDirectory, file);
            try {
                contents.put(name, DdlFileReader.read(file));
            } catch (IOException e) {
                problems.add(new ParseProblem(Location.of(name, 1, 1), SqlText.firstLine(e.getMessage()), ""));
            }
        }
        int unreadable = problems.size();
        Dialect effective = dialect != null ? dialect : DialectDetector.detect(List.copyOf(contents.values()));
        List<SqlStatement> statements = new ArrayList<>();
        contents.forEach((name, content) -> statements.addAll(StatementSplitter.split(name, content, effective)));

        List<SqlStatement> schemaStatements = statements.stream()
                .filter(s -> StatementClassifier.classify(s.text()) == StatementKind.SCHEMA).toList();
        Schema schema;
        try (StatementApplication application = new StatementApplication(effective,
                RoutineTexts.collect(statements))) {
            schema = application.apply(schemaStatements);
            problems.addAll(application.problems());
        }
        int notUnderstood = problems.size() - unreadable;
        int skipped = statements.size() - schemaStatements.size();
        DdlReadStats stats = new DdlReadStats(files.size(), statements.size(), skipped, notUnderstood);
        return new DdlReadResult(schema, stats, problems, contents);
    }

    /** The path relative to the base directory with '/' separators, as users see it in their project. */
    public static String displayName(Path baseDirectory, Path file) {
        Path shown = file;
        if (baseDirectory != null) {
            Path base = baseDirectory.toAbsolutePath().normalize();
            Path absolute = file.toAbsolutePath().normalize();
            if (absolute.startsWith(base)) {
                shown = base.relativize(absolute);
            }
        }
        return shown.toString().replace('\\', '/');
    }
}
