package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.rule.builtin.ClockValues.Precision;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads identifier values as a clock reading ({@code yyyyMMddHHmmss}, with milliseconds, {@code yyMMddHHmmss},
 * epoch seconds or milliseconds, {@code yyyyMMdd}, {@code yyMMdd}) followed by a few more digits, with an
 * optional short non-digit prefix or suffix ({@code PO20141021140307}), and finds the reading most values fit.
 */
final class ClockReadings {

    /**
     * Clock formats in order of preference when as many values fit two readings: calendar before epoch (people
     * build numbers from dates; epoch values rarely all form valid dates), then the most precise first.
     */
    enum Format {
        YYYYMMDDHHMMSSSSS("yyyyMMddHHmmssSSS", 17, Precision.MILLISECOND),
        YYYYMMDDHHMMSS("yyyyMMddHHmmss", 14, Precision.SECOND),
        YYMMDDHHMMSS("yyMMddHHmmss", 12, Precision.SECOND),
        YYYYMMDD("yyyyMMdd", 8, Precision.DAY),
        YYMMDD("yyMMdd", 6, Precision.DAY),
        EPOCH_MILLIS("epoch milliseconds", 13, Precision.MILLISECOND),
        EPOCH_SECONDS("epoch seconds", 10, Precision.SECOND);

        final String label;
        final int digits;
        final Precision precision;

        Format(String label, int digits, Precision precision) {
            this.label = label;
            this.digits = digits;
            this.precision = precision;
        }

        /** The time {@code digits} (exactly {@link #digits} long) stand for, or empty when they are no time. */
        Optional<LocalDateTime> parse(String text) {
            try {
                return Optional.ofNullable(switch (this) {
                    case EPOCH_MILLIS -> epoch(Long.parseLong(text), 1_000_000_000_000L);
                    case EPOCH_SECONDS -> epoch(Long.parseLong(text) * 1000, 1_000_000_000_000L);
                    default -> calendar(text);
                });
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }

        /** 2001-09-09 to 2033-05-18: older or later "epochs" are counters or other numbers. */
        private static LocalDateTime epoch(long millis, long from) {
            return millis >= from && millis < 2 * from
                    ? LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC) : null;
        }

        private LocalDateTime calendar(String text) {
            boolean shortYear = this == YYMMDDHHMMSS || this == YYMMDD;
            int at = shortYear ? 2 : 4;
            int year = shortYear ? 2000 + number(text, 0, 2) : number(text, 0, 4);
            if (year < 1990 || year > 2099) {
                return null;
            }
            LocalDateTime day = LocalDateTime.of(year, number(text, at, at + 2), number(text, at + 2, at + 4), 0, 0);
            if (precision == Precision.DAY) {
                return day;
            }
            at += 4;
            LocalDateTime second = day.withHour(number(text, at, at + 2)).withMinute(number(text, at + 2, at + 4))
                    .withSecond(number(text, at + 4, at + 6));
            return precision == Precision.SECOND ? second
                    : second.withNano(number(text, at + 6, at + 9) * 1_000_000);
        }

        private static int number(String text, int from, int to) {
            return Integer.parseInt(text.substring(from, to));
        }
    }

    /** A clock format followed by {@code extraDigits} digits that vary (random or sequence). */
    record Shape(Format format, int extraDigits) {

        String describe() {
            return extraDigits == 0 ? format.label
                    : format.label + " + " + extraDigits + " digit" + (extraDigits == 1 ? "" : "s");
        }
    }

    /** The shape most values fit, and the clock readings of those values in value order. */
    record Reading(Shape shape, List<LocalDateTime> times, int valuesRead) {

        double share() {
            return valuesRead == 0 ? 0 : (double) times.size() / valuesRead;
        }
    }

    private static final Pattern VALUE = Pattern.compile("[^0-9]{0,4}([0-9]{6,40})[^0-9]{0,4}");
    private static final Comparator<Shape> PREFERENCE = Comparator.comparing(Shape::format)
            .thenComparingInt(Shape::extraDigits);

    private ClockReadings() {
    }

    /** Empty when no value reads as a clock, or when the values are one run of consecutive numbers (a counter). */
    static Optional<Reading> read(List<String> values) {
        Map<Shape, List<LocalDateTime>> byShape = new TreeMap<>(PREFERENCE);
        for (String value : values) {
            Matcher matcher = VALUE.matcher(value.strip());
            if (matcher.matches()) {
                String digits = matcher.group(1);
                for (Format format : Format.values()) {
                    if (digits.length() >= format.digits) {
                        format.parse(digits.substring(0, format.digits)).ifPresent(time -> byShape
                                .computeIfAbsent(new Shape(format, digits.length() - format.digits),
                                        s -> new ArrayList<>()).add(time));
                    }
                }
            }
        }
        if (isCounter(values)) {
            return Optional.empty();
        }
        // In preference order, a shape replaces the best so far only when more values fit it.
        Map.Entry<Shape, List<LocalDateTime>> best = null;
        for (Map.Entry<Shape, List<LocalDateTime>> entry : byShape.entrySet()) {
            if (best == null || entry.getValue().size() > best.getValue().size()) {
                best = entry;
            }
        }
        return Optional.ofNullable(best).map(e -> new Reading(e.getKey(), e.getValue(), values.size()));
    }

    /** Distinct numbers without a gap: ids from a sequence that merely look like epoch seconds. */
    private static boolean isCounter(List<String> values) {
        if (values.size() < 2 || !values.stream().allMatch(v -> v.matches("[0-9]{1,18}"))) {
            return false;
        }
        long[] numbers = values.stream().mapToLong(Long::parseLong).sorted().distinct().toArray();
        return numbers.length == values.size() && numbers[numbers.length - 1] - numbers[0] == numbers.length - 1L;
    }
}
