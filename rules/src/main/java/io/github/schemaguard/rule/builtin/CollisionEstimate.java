package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.rule.builtin.ClockReadings.Reading;
import io.github.schemaguard.rule.builtin.ClockValues.Precision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How likely clock-made values collide: the busiest clock tick and day observed, and by the birthday bound the
 * chance that two rows of one day get the same value. Each tick offers {@code 10^extraDigits} values; the
 * expected number of equal pairs in a day is the larger of two readings of the sample: the busiest day's rows
 * spread evenly over its {@code spacePerDay} values, and the pairs within each tick as observed (bursts), summed
 * over the day where they are most.
 *
 * @param busiestDayRows rows of the busiest day, scaled up from a sample where one was drawn
 */
record CollisionEstimate(String busiestTick, long busiestTickRows, LocalDate busiestDay, double busiestDayRows,
                         double spacePerDay, double probabilityPerDay) {

    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter MILLISECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS",
            Locale.ROOT);

    static CollisionEstimate of(Reading reading, double countScale) {
        Precision precision = reading.shape().format().precision;
        Map.Entry<LocalDateTime, Long> tick = busiest(reading.times(), time -> tick(time, precision));
        Map.Entry<LocalDateTime, Long> day = busiest(reading.times(), time -> time.truncatedTo(ChronoUnit.DAYS));
        double dayRows = day.getValue() * countScale;
        double valuesPerTick = Math.pow(10, reading.shape().extraDigits());
        double space = ticksPerDay(precision) * valuesPerTick;
        // Birthday bound: P(some pair shares a value) = 1 - exp(-E), E = expected equal pairs = n(n-1) / 2N.
        double probability = -Math.expm1(-Math.max(pairs(dayRows) / space,
                burstPairs(reading.times(), precision, countScale) / valuesPerTick));
        return new CollisionEstimate(render(tick.getKey(), precision), tick.getValue(), day.getKey().toLocalDate(),
                dayRows, space, probability);
    }

    /** The most pairs of rows sharing a tick in one day: what bursts add to an even spread. */
    private static double burstPairs(List<LocalDateTime> times, Precision precision, double countScale) {
        Map<LocalDateTime, Long> perTick = times.stream()
                .collect(Collectors.groupingBy(time -> tick(time, precision), TreeMap::new, Collectors.counting()));
        Map<LocalDateTime, Double> perDay = new TreeMap<>();
        perTick.forEach((tick, rows) -> perDay.merge(tick.truncatedTo(ChronoUnit.DAYS), pairs(rows * countScale),
                Double::sum));
        return perDay.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private static double pairs(double rows) {
        return rows * (rows - 1) / 2;
    }

    /** A probability as people read it: two decimals, or a power of ten when small. */
    static String probability(double p) {
        return p >= 0.01 ? String.format(Locale.ROOT, "%.2f", p) : String.format(Locale.ROOT, "%.1e", p);
    }

    /** {@code 34 rows} or, from a sample, {@code about 480 rows}. */
    String dayRows(boolean sampled) {
        return String.format(Locale.ROOT, sampled ? "about %,.0f rows" : "%,.0f rows", busiestDayRows);
    }

    /** The most frequent key, the earliest among equals: the same data always gives the same report. */
    private static Map.Entry<LocalDateTime, Long> busiest(List<LocalDateTime> times,
                                                          Function<LocalDateTime, LocalDateTime> key) {
        Map<LocalDateTime, Long> counts = times.stream()
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
        Map.Entry<LocalDateTime, Long> best = null;
        for (Map.Entry<LocalDateTime, Long> entry : counts.entrySet()) {
            if (best == null || entry.getValue() > best.getValue()) {
                best = entry;
            }
        }
        return best;
    }

    private static LocalDateTime tick(LocalDateTime time, Precision precision) {
        return switch (precision) {
            case DAY -> time.truncatedTo(ChronoUnit.DAYS);
            case MILLISECOND -> time.truncatedTo(ChronoUnit.MILLIS);
            default -> time.truncatedTo(ChronoUnit.SECONDS);
        };
    }

    private static double ticksPerDay(Precision precision) {
        return switch (precision) {
            case DAY -> 1;
            case MILLISECOND -> 86_400_000;
            default -> 86_400;
        };
    }

    private static String render(LocalDateTime tick, Precision precision) {
        return switch (precision) {
            case DAY -> tick.toLocalDate().toString();
            case MILLISECOND -> MILLISECOND.format(tick);
            default -> SECOND.format(tick);
        };
    }
}
