package io.github.schemaguard.source.data;

import io.github.schemaguard.LintResult;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Schema;
import io.github.schemaguard.rule.Finding;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incident's data, loadable into any database: {@code t_order} with 34 purchases sharing 17 order numbers
 * made from {@code yyyyMMddHHmmss} over four trading days (among other orders); {@code t_purchase} numbered by the
 * stop-gap generator, date + 5 random digits, at a few hundred orders a day; {@code t_recharge}, clean. Expected
 * figures are counted here from the generated rows, not taken from the probes.
 */
final class IncidentData {

    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final List<LocalDate> INCIDENT_DAYS = List.of(LocalDate.of(2014, 10, 16),
            LocalDate.of(2014, 10, 17), LocalDate.of(2014, 10, 20), LocalDate.of(2014, 10, 21));
    static final Map<LocalDate, Integer> STOP_GAP_DAY_ROWS = Map.of(LocalDate.of(2014, 10, 22), 380,
            LocalDate.of(2014, 10, 23), 410, LocalDate.of(2014, 10, 24), 455, LocalDate.of(2014, 10, 27), 430,
            LocalDate.of(2014, 10, 28), 395);
    static final Set<String> DATA_RULES = Set.of("duplicate-business-key-values", "unique-constraint-would-fail",
            "time-shaped-identifier-values", "low-entropy-identifier");
    static final int SHARED_NUMBERS = 17;
    private static final int OTHER_ORDERS = 66;
    private static final int RECHARGES = 200;

    final LiveTable orders;
    final LiveTable purchases;
    final LiveTable recharges;
    final List<String> orderNos = new ArrayList<>();
    final List<String> purchaseNos = new ArrayList<>();
    final List<String> rechargeNos = new ArrayList<>();

    IncidentData(String schema) {
        orders = new LiveTable(schema, "t_order", List.of("id", "order_no"));
        purchases = new LiveTable(schema, "t_purchase", List.of("id", "purchase_no"));
        recharges = new LiveTable(schema, "t_recharge", List.of("id", "recharge_no"));
        Random random = new Random(20141106);
        List<LocalDateTime> orderTimes = new ArrayList<>();
        Set<LocalDateTime> used = new HashSet<>();
        for (int i = 0; i < SHARED_NUMBERS + OTHER_ORDERS; i++) {
            LocalDateTime time = tradingSecond(random, INCIDENT_DAYS.get(i % INCIDENT_DAYS.size()), used);
            orderTimes.add(time);
            if (i < SHARED_NUMBERS) {
                orderTimes.add(time); // two purchases in the same second
            }
        }
        Collections.sort(orderTimes);
        orderTimes.forEach(time -> orderNos.add(SECOND.format(time)));
        STOP_GAP_DAY_ROWS.keySet().stream().sorted().forEach(day -> {
            for (int i = 0; i < STOP_GAP_DAY_ROWS.get(day); i++) {
                purchaseNos.add(DAY.format(day) + String.format(Locale.ROOT, "%05d", random.nextInt(100_000)));
            }
        });
        for (int i = 0; i < RECHARGES; i++) {
            rechargeNos.add("R" + Long.toHexString(random.nextLong() | Long.MIN_VALUE));
        }
    }

    private static LocalDateTime tradingSecond(Random random, LocalDate day, Set<LocalDateTime> used) {
        LocalDateTime time;
        do {
            time = day.atTime(9, 30).plusSeconds(random.nextInt(5 * 3600));
        } while (!used.add(time));
        return time;
    }

    void load(Connection connection) throws SQLException {
        String quote = connection.getMetaData().getIdentifierQuoteString();
        load(connection, quote, orders, orderNos);
        load(connection, quote, purchases, purchaseNos);
        load(connection, quote, recharges, rechargeNos);
    }

    private static void load(Connection connection, String quote, LiveTable table, List<String> values)
            throws SQLException {
        try (Statement create = connection.createStatement()) {
            create.execute(table.createSql(quote));
        }
        try (PreparedStatement insert = connection.prepareStatement(table.insertSql(quote))) {
            for (int i = 0; i < values.size(); i++) {
                insert.setLong(1, i + 1);
                insert.setString(2, values.get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    Schema schema(Dialect dialect) {
        return new Schema(dialect, List.of(orders.model(), purchases.model(), recharges.model()));
    }

    /** What the data rules must say about the three tables, all read in full. */
    void assertFindings(LintResult result) {
        assertThat(duplicateCounts(orderNos)).as("the generator").containsExactly((long) SHARED_NUMBERS,
                2L * SHARED_NUMBERS);
        assertThat(message(result, "duplicate-business-key-values", orders)).contains(
                SHARED_NUMBERS + " values of " + path(orders) + ".order_no held by more than one row, " + 2 * SHARED_NUMBERS
                        + " rows in all (all " + orderNos.size() + " rows read)");
        assertThat(message(result, "unique-constraint-would-fail", orders)).contains("would fail today");
        assertThat(message(result, "time-shaped-identifier-values", orders)).contains(
                orderNos.size() + " of " + orderNos.size() + " values", "are yyyyMMddHHmmss, precise to the second",
                "with 2 rows, which got the same value");

        long busiestDay = Collections.max(STOP_GAP_DAY_ROWS.values());
        double birthday = -Math.expm1(-busiestDay * (busiestDay - 1) / 2.0 / 100_000);
        assertThat(message(result, "low-entropy-identifier", purchases)).contains("are yyyyMMdd + 5 digits",
                "100,000 values a day", "2014-10-24, has " + busiestDay + " rows",
                String.format(Locale.ROOT, "with probability %.2f a day", birthday));
        long[] purchaseDuplicates = duplicateCounts(purchaseNos);
        if (purchaseDuplicates[0] > 0) {
            assertThat(message(result, "duplicate-business-key-values", purchases)).contains(
                    purchaseDuplicates[0] + " value" + (purchaseDuplicates[0] == 1 ? "" : "s") + " of "
                            + path(purchases) + ".purchase_no held by more than one row, " + purchaseDuplicates[1] + " rows");
        }

        boolean purchasesShare = purchaseDuplicates[0] > 0;
        assertThat(dataFindings(result, orders)).containsExactlyInAnyOrder("duplicate-business-key-values error",
                "time-shaped-identifier-values error", "unique-constraint-would-fail warning");
        assertThat(dataFindings(result, purchases)).containsExactlyInAnyOrder("low-entropy-identifier warning",
                "duplicate-business-key-values " + (purchasesShare ? "error" : "info"),
                "unique-constraint-would-fail " + (purchasesShare ? "warning" : "info"));
        assertThat(dataFindings(result, recharges)).as("the clean table").containsExactlyInAnyOrder(
                "duplicate-business-key-values info", "unique-constraint-would-fail info");
    }

    /**
     * While another session locks {@code t_recharge}, its probes end at the statement timeout and say so, and the
     * other tables are probed as usual: nothing hangs.
     */
    void assertLockedRecharges(LintResult result) {
        assertThat(result.findings()).filteredOn(f -> f.objectPath().startsWith(path(recharges) + "."))
                .filteredOn(f -> DATA_RULES.contains(f.ruleId())).hasSize(4).allSatisfy(f -> assertThat(f.message())
                        .endsWith("was not probed: the query ran into the statement timeout of 1 s or the end of the "
                                + "time budget."));
        assertThat(dataFindings(result, orders)).contains("duplicate-business-key-values error");
    }

    /** "rule-id severity" of the data rules' findings on the table's key column. */
    static List<String> dataFindings(LintResult result, LiveTable table) {
        String column = path(table) + "." + table.columns().get(1);
        return result.findings().stream().filter(f -> DATA_RULES.contains(f.ruleId())
                        && (f.objectPath().equals(column) || f.objectPath().startsWith(column + " (")))
                .map(f -> f.ruleId() + " " + f.severity().label()).toList();
    }

    static String message(LintResult result, String ruleId, LiveTable table) {
        String column = table.columns().get(1);
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)
                        && f.objectPath().equals(path(table) + "." + column)).map(Finding::message).findFirst()
                .orElseThrow(() -> new AssertionError("no " + ruleId + " finding on " + path(table) + "." + column
                        + " in " + result.findings()));
    }

    static String path(LiveTable table) {
        return table.model().qualifiedName();
    }

    /** Values held by more than one row, and the rows holding them, counted in Java. */
    static long[] duplicateCounts(List<String> values) {
        Map<String, Long> counts = values.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        return new long[] {counts.values().stream().filter(n -> n > 1).count(),
                counts.values().stream().filter(n -> n > 1).mapToLong(Long::longValue).sum()};
    }
}
