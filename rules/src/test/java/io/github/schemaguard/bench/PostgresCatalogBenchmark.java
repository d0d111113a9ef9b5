package io.github.schemaguard.bench;

import io.github.schemaguard.SchemaGuard;
import io.github.schemaguard.model.Schema;
import io.github.schemaguard.source.live.PostgresCatalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: generates PostgreSQL schemas of many tables (8 columns, an index and a foreign key each) and
 * prints how long {@link PostgresCatalog} plus the built-in rules take on them next to SchemaCrawler's default
 * lint, which runs in a child process and is given up on after a time cap. The goals: 1,000 tables in
 * at most 1.2 s and at least ten times faster than SchemaCrawler, 5,000 tables in at most five times the
 * 1,000-table time.
 *
 * <p>Run (the PostgreSQL server of profile db, database {@code test}):
 * {@code ./mvnw -q -pl rules -Pbench test-compile exec:exec@live-catalog-benchmark}; sizes and shapes with
 * {@code -Dsizes="1000:star 5000:chain"} ({@code star}: every table references the first; {@code chain}: each
 * references the one before), the cap with {@code -DschemacrawlerCap=180} (seconds).
 */
public final class PostgresCatalogBenchmark {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String USER = "postgres";
    private static final String SCHEMA = "sg_pgcat_bench";
    /** Tables per generating statement: one transaction for thousands of tables runs out of lock slots. */
    private static final int CHUNK = 50;
    private static final int RUNS = 3;

    private PostgresCatalogBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String sizes = args.length > 0 ? args[0] : "1000:star 5000:chain";
        int cap = args.length > 1 ? Integer.parseInt(args[1]) : 180;
        List<String> report = new ArrayList<>();
        double firstBest = 0;
        for (String size : sizes.trim().split("\\s+")) {
            int tables = Integer.parseInt(size.split(":")[0]);
            boolean chain = size.endsWith(":chain");
            try {
                generate(tables, chain);
                double[] ours = timeOurs();
                String theirs = timeSchemaCrawler(cap);
                firstBest = firstBest == 0 ? ours[1] : firstBest;
                report.add(String.format(Locale.ROOT, "%,6d tables (%s): ours %.2f s first run, %.2f s best of %d"
                                + " (%.1fx the first size's); SchemaCrawler lint %s", tables,
                        chain ? tables + "-deep foreign-key chain" : "all referencing one table", ours[0], ours[1],
                        RUNS, ours[1] / firstBest, theirs.contains("gave up") ? theirs
                                : theirs + String.format(Locale.ROOT, " (ours %.0fx faster)",
                                Double.parseDouble(theirs.replace(" s", "")) / ours[1])));
            } finally {
                dropSchema();
            }
        }
        System.out.println("PostgreSQL live catalog benchmark (crawl + all built-in rules):");
        report.forEach(line -> System.out.println("  " + line));
    }

    /** Tables t_00001...: 8 columns, an index on the foreign key column, a foreign key to the first or previous table. */
    private static void generate(int tables, boolean chain) throws SQLException {
        long start = System.nanoTime();
        dropSchema();
        execute("CREATE SCHEMA " + SCHEMA);
        for (int from = 1; from <= tables; from += CHUNK) {
            execute(String.format(Locale.ROOT, """
                    DO $$ BEGIN FOR i IN %d..%d LOOP
                      EXECUTE format('CREATE TABLE %s.t_%%s (id bigint PRIMARY KEY, parent_id bigint NOT NULL
                        REFERENCES %s.t_%%s (id), code varchar(32) NOT NULL, name text, amount numeric(12,2),
                        status integer NOT NULL DEFAULT 0, created_at timestamp NOT NULL DEFAULT now(), note text)',
                        lpad(i::text, 5, '0'), lpad((CASE WHEN %b THEN greatest(i - 1, 1) ELSE 1 END)::text, 5, '0'));
                      EXECUTE format('CREATE INDEX ON %s.t_%%s (parent_id)', lpad(i::text, 5, '0'));
                    END LOOP; END $$""", from, Math.min(from + CHUNK - 1, tables), SCHEMA, SCHEMA, chain, SCHEMA));
        }
        System.out.printf(Locale.ROOT, "generated %,d tables in %.1f s%n", tables, (System.nanoTime() - start) / 1e9);
    }

    /** The first run (cold: a build runs once) and the best of {@link #RUNS}, in seconds. */
    private static double[] timeOurs() throws SQLException {
        double first = 0;
        double best = Double.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            int findings;
            try (Connection connection = DriverManager.getConnection(URL, USER, "")) {
                connection.setReadOnly(true);
                connection.setAutoCommit(false);
                Schema schema = PostgresCatalog.read(connection, SCHEMA::equals, (s, t) -> true,
                        "postgresql://127.0.0.1:5432/test", line -> { });
                connection.rollback();
                findings = SchemaGuard.withBuiltinRules().lint(schema).findings().size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "  ours: %.2f s, %,d findings%n", seconds, findings);
            first = run == 0 ? seconds : first;
            best = Math.min(best, seconds);
        }
        return new double[] {first, best};
    }

    /** SchemaCrawler's lint in a child JVM, stopped after {@code cap} seconds: "12.3 s" or "gave up after ...". */
    private static String timeSchemaCrawler(int cap) throws IOException, InterruptedException {
        Path directory = Files.createDirectories(Path.of("target", "bench"));
        Path log = directory.resolve("schemacrawler-lint.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SchemaCrawlerLintRun.class.getName(), URL, USER,
                SCHEMA, directory.resolve("schemacrawler-lint.txt").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long start = System.nanoTime();
        if (!child.waitFor(cap, TimeUnit.SECONDS)) {
            child.destroyForcibly().waitFor();
            return "gave up after " + cap + " s";
        }
        double wall = (System.nanoTime() - start) / 1e9;
        String output = Files.readString(log);
        if (child.exitValue() != 0 || !output.contains("elapsed-ms ")) {
            return String.format(Locale.ROOT, "failed after %.1f s (exit %d, see %s)", wall, child.exitValue(), log);
        }
        String millis = output.substring(output.lastIndexOf("elapsed-ms ") + 11).trim();
        return String.format(Locale.ROOT, "%.1f s", Long.parseLong(millis) / 1000.0);
    }

    /**
     * Drops the generated tables a chunk at a time, the last created first (referencing tables before the tables
     * they reference): one DROP SCHEMA of thousands of tables would need more locks than the server has.
     */
    private static void dropSchema() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(URL, USER, "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = '"
                     + SCHEMA + "' ORDER BY tablename DESC")) {
            while (rows.next()) {
                tables.add(SCHEMA + "." + rows.getString(1));
            }
        }
        for (int from = 0; from < tables.size(); from += CHUNK) {
            execute("DROP TABLE " + String.join(", ", tables.subList(from, Math.min(from + CHUNK, tables.size())))
                    + " CASCADE");
        }
        execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    private static void execute(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, "");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
