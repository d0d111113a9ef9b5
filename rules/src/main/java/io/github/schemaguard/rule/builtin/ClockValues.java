package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Dialect;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises SQL expressions and column types whose values come from the clock, and their precision. */
final class ClockValues {

    enum Precision {
        DAY, HOUR, MINUTE, SECOND, MILLISECOND, MICROSECOND;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Pattern CLOCK = Pattern.compile("(?<![\\w$])(now|sysdate|systimestamp|unix_timestamp"
            + "|utc_timestamp|current_timestamp|localtimestamp|current_time|curtime|curdate|current_date"
            + "|clock_timestamp|statement_timestamp|transaction_timestamp|getdate|sysdatetime|timeofday)(?![\\w$])"
            + "|'now'|extract\\s*\\(\\s*epoch", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_ONLY = Pattern.compile("(?<![\\w$])(curdate|current_date)(?![\\w$])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FRACTION_ARGUMENT = Pattern.compile("(?<![\\w$])(now|sysdate|current_timestamp"
            + "|localtimestamp|utc_timestamp|current_time|curtime)\\s*\\(\\s*(\\d)\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TYPE = Pattern.compile("(?i)\\s*(date|datetime|timestamp|timestamptz|time|timetz)"
            + "(?!\\w)\\s*(?:\\(\\s*(\\d)\\s*\\))?.*");
    /** Casts and roundings that cut epoch seconds to whole seconds. */
    private static final Pattern WHOLE_SECONDS = Pattern.compile("::\\s*(big)?int|floor|trunc|round|as\\s+(big)?int");
    private static final Pattern LITERAL = Pattern.compile("'([^']*)'");
    /** Date tokens removed before looking for time tokens, so the M of MM (month) is not read as MS. */
    private static final List<String> DATE_TOKENS = List.of("YYYY", "HH24", "HH12", "MM", "DD", "YY");

    private ClockValues() {
    }

    static boolean readsClock(String expression) {
        return expression != null && CLOCK.matcher(expression).find();
    }

    /** How fine-grained the clock value stored by {@code expression} in a column of {@code type} is. */
    static Precision precision(String expression, String type, Dialect dialect) {
        Optional<Precision> formatted = LITERAL.matcher(expression).results()
                .map(m -> formatPrecision(m.group(1))).flatMap(Optional::stream).findFirst();
        if (formatted.isPresent()) {
            return formatted.get();
        }
        if (DAY_ONLY.matcher(expression).find()) {
            return Precision.DAY;
        }
        String lower = expression.toLowerCase(Locale.ROOT);
        if (lower.matches("(?s).*\\*\\s*1000000\\b.*")) {
            return Precision.MICROSECOND;
        }
        if (lower.matches("(?s).*\\*\\s*1000\\b.*")) {
            return Precision.MILLISECOND;
        }
        Matcher fraction = FRACTION_ARGUMENT.matcher(expression);
        if (fraction.find()) {
            return fractionPrecision(Integer.parseInt(fraction.group(2)));
        }
        if (lower.contains("unix_timestamp") || WHOLE_SECONDS.matcher(lower).find()) {
            return Precision.SECOND;
        }
        return typePrecision(type, dialect).orElse(dialect == Dialect.MYSQL ? Precision.SECOND : Precision.MICROSECOND);
    }

    /** The precision of a date/time column type, or empty when {@code type} is not one. */
    static Optional<Precision> typePrecision(String type, Dialect dialect) {
        Matcher m = type == null ? null : TYPE.matcher(type);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        if (m.group(1).equalsIgnoreCase("date")) {
            return Optional.of(Precision.DAY);
        }
        if (m.group(2) != null) {
            return Optional.of(fractionPrecision(Integer.parseInt(m.group(2))));
        }
        // MySQL keeps whole seconds unless told otherwise; PostgreSQL and H2 keep microseconds.
        return Optional.of(dialect == Dialect.MYSQL ? Precision.SECOND : Precision.MICROSECOND);
    }

    /** Reads a DATE_FORMAT ({@code %Y%m%d%H%i%s}), to_char ({@code YYYYMMDDHH24MISS}) or Java-style pattern. */
    private static Optional<Precision> formatPrecision(String format) {
        if (format.contains("%")) {
            return Optional.of(format.contains("%f") ? Precision.MICROSECOND
                    : format.matches(".*%[sSTr].*") ? Precision.SECOND
                    : format.contains("%i") ? Precision.MINUTE
                    : format.matches(".*%[HhkIl].*") ? Precision.HOUR : Precision.DAY);
        }
        String rest = format.toUpperCase(Locale.ROOT);
        if (!rest.contains("YY") && !rest.contains("DD") && !rest.contains("HH")) {
            return Optional.empty();
        }
        for (String token : DATE_TOKENS) {
            rest = rest.replace(token, " ");
        }
        return Optional.of(rest.contains("US") || rest.matches(".*FF[4-6].*") ? Precision.MICROSECOND
                : rest.contains("MS") || rest.contains("SSS") || rest.matches(".*FF[1-3].*") ? Precision.MILLISECOND
                : rest.contains("SS") ? Precision.SECOND
                : rest.contains("MI") ? Precision.MINUTE
                : format.toUpperCase(Locale.ROOT).contains("HH") ? Precision.HOUR : Precision.DAY);
    }

    private static Precision fractionPrecision(int digits) {
        return digits == 0 ? Precision.SECOND : digits <= 3 ? Precision.MILLISECOND : Precision.MICROSECOND;
    }
}
