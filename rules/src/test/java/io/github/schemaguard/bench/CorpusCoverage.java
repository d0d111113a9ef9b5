package io.github.schemaguard.bench;

import io.github.schemaguard.source.ParseProblem;
import io.github.schemaguard.source.ddl.DdlFileReader;
import io.github.schemaguard.source.ddl.DdlFiles;
import io.github.schemaguard.source.ddl.DdlReadResult;
import io.github.schemaguard.source.ddl.DdlReadStats;
import io.github.schemaguard.source.ddl.DdlSource;
import io.github.schemaguard.source.ddl.SqlStatement;
import io.github.schemaguard.source.ddl.StatementSplitter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures how much of a corpus of real schema files the DDL reader understands. Prints, per file and in
 * total: statements, skipped, schema statements, understood, not understood with each failure, and the
 * failures that matter most (CREATE TABLE, unique indexes, primary-key and unique constraints).
 *
 * <p>Run: {@code mvn -Dsg.build.dir=target-x -pl rules test-compile}, then
 * {@code java -cp rules/target-x/classes:rules/target-x/test-classes:<jsqlparser.jar>
 * io.github.schemaguard.bench.CorpusCoverage <corpus dir>}.
 */
public final class CorpusCoverage {
    private static final Pattern CRITICAL = Pattern.compile(
            "(?is)^\\s*CREATE\\s+(?:\\w+\\s+)*TABLE\\b|^\\s*CREATE\\s+UNIQUE\\b|\\bPRIMARY\\s+KEY\\b|\\bUNIQUE\\b");

    private CorpusCoverage() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CorpusCoverage <corpus directory>");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".sql")).sorted().toList();
        }
        int statements = 0;
        int skipped = 0;
        int notUnderstood = 0;
        List<String> critical = new ArrayList<>();
        long started = System.nanoTime();
        System.out.printf("%-70s %6s %6s %6s %6s %6s %6s %6s %6s%n", "file", "stmts", "skip", "schema", "ok", "fail",
                "tables", "unique", "ms");
        for (Path file : files) {
            long fileStarted = System.nanoTime();
            DdlReadResult result = DdlSource.read(corpus, List.of(file), null);
            long millis = (System.nanoTime() - fileStarted) / 1_000_000;
            DdlReadStats stats = result.stats();
            int schema = stats.statements() - stats.skipped();
            System.out.printf("%-70s %6d %6d %6d %6d %6d %6d %6d %6d%n", corpus.relativize(file), stats.statements(),
                    stats.skipped(), schema, schema - stats.notUnderstood(), stats.notUnderstood(),
                    result.schema().tables().size(),
                    result.schema().tables().stream().mapToInt(t -> t.uniqueKeys().size()).sum(), millis);
            statements += stats.statements();
            skipped += stats.skipped();
            notUnderstood += stats.notUnderstood();
            List<SqlStatement> split = result.problems().isEmpty() ? List.of()
                    : StatementSplitter.split(corpus.relativize(file).toString().replace('\\', '/'),
                    DdlFileReader.read(file));
            for (ParseProblem problem : result.problems()) {
                String line = "    " + problem.location().render() + " " + problem.cause() + " | " + problem.excerpt();
                System.out.println(line);
                if (isCritical(problem, split)) {
                    critical.add(line);
                }
            }
        }
        System.out.printf("%nEach folder read as one migration set, in migration order:%n");
        for (Path folder : folders(files)) {
            DdlReadResult result = DdlSource.read(corpus, DdlFiles.find(folder, List.of("*.sql"), List.of()), null);
            System.out.printf("%-50s %s tables=%d problems=%d%n", corpus.relativize(folder), result.stats(),
                    result.schema().tables().size(), result.problems().size());
        }
        int schema = statements - skipped;
        System.out.printf("%nTOTAL files=%d statements=%d skipped=%d schema=%d understood=%d notUnderstood=%d"
                        + " understood%%=%.2f time=%dms%n", files.size(), statements, skipped, schema,
                schema - notUnderstood, notUnderstood, schema == 0 ? 100.0 : 100.0 * (schema - notUnderstood) / schema,
                (System.nanoTime() - started) / 1_000_000);
        System.out.println("CREATE TABLE / unique / primary-key failures: " + critical.size());
        critical.forEach(System.out::println);
    }

    private static List<Path> folders(List<Path> files) {
        return files.stream().map(Path::getParent).distinct().sorted().toList();
    }

    /** Whether the failed statement creates a table or declares a unique index, unique or primary key. */
    private static boolean isCritical(ParseProblem problem, List<SqlStatement> statements) {
        return statements.stream()
                .filter(s -> s.line() == problem.location().line() && s.column() == problem.location().column())
                .anyMatch(s -> CRITICAL.matcher(s.text()).find());
    }
}
