package io.github.schemaguard.bench;

import io.github.schemaguard.LintRequest;
import io.github.schemaguard.LintResult;
import io.github.schemaguard.SchemaGuard;
import io.github.schemaguard.source.ddl.DdlFileReader;
import io.github.schemaguard.source.ddl.DialectDetector;
import io.github.schemaguard.source.ddl.SqlStatement;
import io.github.schemaguard.source.ddl.StatementSplitter;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * Not a test: prints, for the largest schema files of a corpus, the time to lint each file
 * against the time of a bare JSqlParser parse of the same statements (split beforehand, not
 * timed), best of several warm runs, and the ratio. The goal is a ratio of at most 1.2.
 *
 * <p>Run: {@code ./mvnw -q -pl rules -Pbench verify} (corpus from {@code -Dcorpus=...}).
 */
public final class DdlLintBenchmark {

    private static final int FILES = 8;
    private static final int WARMUPS = 5;
    private static final int RUNS = 10;

    private DdlLintBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus").toAbsolutePath().normalize();
        List<Path> largest = largestSqlFiles(corpus);
        System.out.printf(Locale.ROOT, "%-48s %10s %10s %10s %6s%n", "file", "statements", "bare ms", "lint ms", "ratio");
        double bareTotal = 0;
        double lintTotal = 0;
        for (Path file : largest) {
            String content = DdlFileReader.read(file);
            List<String> statements = StatementSplitter.split(file.getFileName().toString(), content,
                    DialectDetector.detect(List.of(content))).stream().map(SqlStatement::text).toList();
            double bare = bestOf(() -> bareParse(statements));
            double lint = bestOf(() -> lint(file));
            bareTotal += bare;
            lintTotal += lint;
            System.out.printf(Locale.ROOT, "%-48s %10d %10.1f %10.1f %6.2f%n",
                    corpus.relativize(file), statements.size(), bare, lint, lint / bare);
        }
        System.out.printf(Locale.ROOT, "%-48s %10s %10.1f %10.1f %6.2f%n", "total", "", bareTotal, lintTotal,
                lintTotal / bareTotal);
        System.exit(0);
    }

    /** Schema files only: data-only dumps are not what a DDL linter is measured on. */
    private static List<Path> largestSqlFiles(Path corpus) throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            return files.filter(p -> p.toString().endsWith(".sql"))
                    .filter(p -> !p.getFileName().toString().contains("-data"))
                    .sorted(Comparator.comparingLong(DdlLintBenchmark::size).reversed()
                            .thenComparing(Path::toString))
                    .limit(FILES).toList();
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * JSqlParser's own entry point on one thread, with one shared executor for its time limit, so
     * the baseline does not pay for a thread per statement as {@code parse(String)} would.
     */
    private static void bareParse(List<String> statements) {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            for (String sql : statements) {
                try {
                    CCJSqlParserUtil.parse(sql, executor, parser -> { });
                } catch (JSQLParserException e) {
                    // A failed parse is still the work a parser does: it counts.
                }
            }
        } finally {
            executor.shutdownNow();
        }
    }

    private static void lint(Path file) throws IOException {
        LintResult result = SchemaGuard.withBuiltinRules().lint(new LintRequest(file.getParent(), Path.of("."),
                List.of(file.getFileName().toString()), List.of(), null));
        if (result.stats().files() != 1) {
            throw new IllegalStateException("Expected to lint exactly " + file);
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double bestOf(Work work) throws Exception {
        for (int i = 0; i < WARMUPS; i++) {
            work.run();
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best / 1e6;
    }
}
