package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.rule.builtin.ClockReadings.Reading;
import io.github.schemaguard.rule.builtin.ClockValues.Precision;
import io.github.schemaguard.rule.data.RowsRead;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
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
 * recent rows spanning days) the figures are the busiest day's; from a block sample they are a day's on average,
 * scaled up (the busiest of noisy scaled days would overstate it); from a run of recent rows shorter than a day,
 * a day at their rate.
 *
 * @param dayText    where the day's rows come from, for messages
 * @param dayRows    rows of the busiest day, of an average day of a sample scaled up, or of a day at the rate read
 */
record CollisionEstimate(String busiestTick, long busiestTickRows, String dayText, double dayRows,
                         double spacePerDay, double probabilityPerDay) {

    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter MILLISECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS",
            Locale.ROOT);

    private static final double SECONDS_PER_DAY = 86_400;

    static CollisionEstimate of(Reading reading, RowsRead read) {
        double countScale = read.countScale();
        Precision precision = reading.shape().format().precision;
        Map<LocalDateTime, Long> perTick = counts(reading.times(), time -> tick(time, precision));
        Map<LocalDateTime, Long> perDay = counts(reading.times(), time -> time.truncatedTo(ChronoUnit.DAYS));
        Map<LocalDateTime, Double> tickPairsPerDay = new TreeMap<>();
        perTick.forEach((tick, rows) -> tickPairsPerDay.merge(tick.truncatedTo(ChronoUnit.DAYS), pairs(rows),
                Double::sum));
        Map.Entry<LocalDateTime, Long> tick = busiest(perTick);
        boolean sampled = countScale > 1;
        Day day = day(reading.times(), perDay, read);
        // A block sample holds whole ticks: their pairs grow with the number of blocks, not with its square.
        double burstPairs = sampled ? tickPairsPerDay.values().stream().mapToDouble(Double::doubleValue).sum()
                * countScale / perDay.size() : tickPairsPerDay.values().stream().mapToDouble(Double::doubleValue)
                .max().orElse(0);
        double valuesPerTick = Math.pow(10, reading.shape().extraDigits());
        double space = ticksPerDay(precision) * valuesPerTick;
        // Birthday bound: P(some pair shares a value) = 1 - exp(-E), E = expected equal pairs = n(n-1) / 2N.
        double probability = -Math.expm1(-Math.max(pairs(day.rows()) / space, burstPairs / valuesPerTick));
        return new CollisionEstimate(render(tick.getKey(), precision), tick.getValue(), day.text(), day.rows(), space,
                probability);
    }

    /** A day's rows as the rows read tell them: see the class comment. */
    private static Day day(List<LocalDateTime> times, Map<LocalDateTime, Long> perDay, RowsRead read) {
        if (read.countScale() > 1) {
            double rows = times.size() * read.countScale() / perDay.size();
            return new Day(rows, String.format(Locale.ROOT, "A day holds about %,.0f rows on average (scaled up "
                    + "from the sample)", rows));
        }
        double span = ChronoUnit.MILLIS.between(Collections.min(times), Collections.max(times)) / 1000.0;
        if (read.sampled() && span > 0 && span < SECONDS_PER_DAY) {
            double rows = times.size() * SECONDS_PER_DAY / span;
            return new Day(rows, String.format(Locale.ROOT, "The rows read span %,.1f hours: at that rate a day "
                    + "brings about %,.0f rows", span / 3600, rows));
        }
        Map.Entry<LocalDateTime, Long> busiest = busiest(perDay);
        return new Day(busiest.getValue(), String.format(Locale.ROOT, "The busiest day observed, %s, has %,d rows",
                busiest.getKey().toLocalDate(), busiest.getValue()));
    }

    private record Day(double rows, String text) {
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
