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
 * How likely clock-made values collide: the busiest clock tick observed, the rows a day brings, and by the birthday
 * bound the chance that two rows of one day get the same value. Each tick offers {@code 10^extraDigits} values; the
 * expected number of equal pairs in a day is the larger of two readings: the day's rows spread evenly over its
 * {@code spacePerDay} values, and the pairs within each tick as observed (bursts). Read in full (or as a run of
 * recent rows) the figures are the busiest day's; from a block sample they are a day's on average, scaled up
 * (the busiest of noisy scaled days would overstate it).
 *
 * @param busiestDay the busiest day observed, or {@code null} when the figures are a sampled average day
 * @param dayRows    rows of that day, or of an average day of the sample scaled up to the table
 */
record CollisionEstimate(String busiestTick, long busiestTickRows, LocalDate busiestDay, double dayRows,
                         double spacePerDay, double probabilityPerDay) {

    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter MILLISECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS",
            Locale.ROOT);

    static CollisionEstimate of(Reading reading, double countScale) {
        Precision precision = reading.shape().format().precision;
        Map<LocalDateTime, Long> perTick = counts(reading.times(), time -> tick(time, precision));
        Map<LocalDateTime, Long> perDay = counts(reading.times(), time -> time.truncatedTo(ChronoUnit.DAYS));
        Map<LocalDateTime, Double> tickPairsPerDay = new TreeMap<>();
        perTick.forEach((tick, rows) -> tickPairsPerDay.merge(tick.truncatedTo(ChronoUnit.DAYS), pairs(rows),
                Double::sum));
        Map.Entry<LocalDateTime, Long> tick = busiest(perTick);
        boolean sampled = countScale > 1;
        Map.Entry<LocalDateTime, Long> day = busiest(perDay);
        double dayRows = sampled ? reading.times().size() * countScale / perDay.size() : day.getValue();
        // A block sample holds whole ticks: their pairs grow with the number of blocks, not with its square.
        double burstPairs = sampled ? tickPairsPerDay.values().stream().mapToDouble(Double::doubleValue).sum()
                * countScale / perDay.size() : tickPairsPerDay.values().stream().mapToDouble(Double::doubleValue)
                .max().orElse(0);
        double valuesPerTick = Math.pow(10, reading.shape().extraDigits());
        double space = ticksPerDay(precision) * valuesPerTick;
        // Birthday bound: P(some pair shares a value) = 1 - exp(-E), E = expected equal pairs = n(n-1) / 2N.
        double probability = -Math.expm1(-Math.max(pairs(dayRows) / space, burstPairs / valuesPerTick));
        return new CollisionEstimate(render(tick.getKey(), precision), tick.getValue(),
                sampled ? null : day.getKey().toLocalDate(), dayRows, space, probability);
    }

    /** {@code The busiest day observed, 2014-10-24, has 455 rows}, or a sampled average day. */
    String dayText() {
        return busiestDay == null
                ? String.format(Locale.ROOT, "A day holds about %,.0f rows on average (scaled up from the sample)",
                dayRows)
                : String.format(Locale.ROOT, "The busiest day observed, %s, has %,.0f rows", busiestDay, dayRows);
    }

    private static double pairs(double rows) {
        return rows * (rows - 1) / 2;
    }

    private static Map<LocalDateTime, Long> counts(List<LocalDateTime> times,
                                                   Function<LocalDateTime, LocalDateTime> key) {
        return times.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    /** The most frequent key, the earliest among equals: the same data always gives the same report. */
    private static Map.Entry<LocalDateTime, Long> busiest(Map<LocalDateTime, Long> counts) {
        Map.Entry<LocalDateTime, Long> best = null;
        for (Map.Entry<LocalDateTime, Long> entry : counts.entrySet()) {
            if (best == null || entry.getValue() > best.getValue()) {
                best = entry;
            }
        }
        return best;
    }

    /** A probability as people read it: two decimals, or a power of ten when small. */
    static String probability(double p) {
        return p >= 0.01 ? String.format(Locale.ROOT, "%.2f", p) : String.format(Locale.ROOT, "%.1e", p);
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
