package io.github.schemaguard.bench;

import io.github.schemaguard.LintResult;
import io.github.schemaguard.SchemaGuard;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Schema;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.data.ProbeSettings;
import io.github.schemaguard.source.data.LiveTable;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: the data probes with their default settings on a 5-million-row PostgreSQL table of clock-made order
 * numbers (generated with generate_series in schema {@code probes_bench}, dropped afterwards), timed against the
 * time budget.
 *
 * <p>Run (needs the PostgreSQL server): {@code ./mvnw -q -pl rules -Pprobe-bench -DskipTests verify}
 * ({@code -Dpg.url=jdbc:postgresql://host:5432/db} and {@code -Drows=...} to change the defaults).
 */
public final class DataProbeBenchmark {

    private static final String SCHEMA = "probes_bench";

    private DataProbeBenchmark() {
    }

    public static void main(String[] args) throws SQLException {
        String url = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/test";
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 5_000_000;
        LiveTable orders = new LiveTable(SCHEMA, "t_order", List.of("id", "order_no"));
        try (Connection owner = DriverManager.getConnection(url, "postgres", "");
             Statement ddl = owner.createStatement()) {
            try {
                long start = System.nanoTime();
                ddl.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                ddl.execute("CREATE SCHEMA " + SCHEMA);
                ddl.execute(orders.createSql("\""));
                // 2.5 orders a second for 23 days, numbered yyyyMMddHHmmss: the incident's generator at scale
                ddl.execute("INSERT INTO " + SCHEMA + ".t_order SELECT g, to_char(timestamp '2014-10-01 09:00:00' "
                        + "+ g * interval '0.4 second', 'YYYYMMDDHH24MISS') FROM generate_series(1, " + rows + ") g");
                ddl.execute("ANALYZE " + SCHEMA + ".t_order");
                System.out.printf(Locale.ROOT, "generated %,d rows in %.1f s%n", rows, seconds(start));
                probe(url, new Schema(Dialect.POSTGRESQL, List.of(orders.model())));
            } finally {
                ddl.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            }
        }
    }

    private static void probe(String url, Schema schema) throws SQLException {
        ProbeSettings settings = ProbeSettings.DEFAULTS.withEnabled(true);
        try (Connection probe = DriverManager.getConnection(url + "?readOnlyMode=always", "postgres", "")) {
            probe.setReadOnly(true);
            long start = System.nanoTime();
            LintResult result = SchemaGuard.withBuiltinRules().lint(schema, probe, settings);
            double elapsed = seconds(start);
            result.findings().stream().filter(f -> f.ruleId().contains("-values") || f.ruleId().contains("unique-c")
                            || f.ruleId().contains("entropy"))
                    .map(DataProbeBenchmark::render).forEach(System.out::println);
            System.out.printf(Locale.ROOT, "data probes: %.2f s (budget %d s, statement timeout %d s): %s%n", elapsed,
                    settings.budget().toSeconds(), settings.statementTimeout().toSeconds(),
                    elapsed <= settings.budget().toSeconds() ? "within budget" : "OVER BUDGET");
        }
    }

    private static String render(Finding finding) {
        return "  (" + finding.ruleId() + ") " + finding.severity().label() + ": " + finding.message();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
