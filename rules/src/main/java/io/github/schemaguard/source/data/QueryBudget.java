package io.github.schemaguard.source.data;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The time data probes may still spend on one database, and the timeout each query gets: the statement
 * timeout, cut to what is left of the budget, so the last query cannot overrun it by more than JDBC's
 * one-second timeout granularity.
 */
final class QueryBudget {

    private final LongSupplier nanoClock;
    private final long deadline;
    private final Duration budget;
    private final Duration statementTimeout;

    QueryBudget(Duration budget, Duration statementTimeout, LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.budget = budget;
        this.statementTimeout = statementTimeout;
        this.deadline = nanoClock.getAsLong() + budget.toNanos();
    }

    boolean spent() {
        return remainingNanos() <= 0;
    }

    /** Whole seconds for {@code Statement.setQueryTimeout}: at least 1, since 0 means no timeout at all. */
    int queryTimeoutSeconds() {
        long nanos = Math.min(statementTimeout.toNanos(), remainingNanos());
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (nanos + 999_999_999L) / 1_000_000_000L));
    }

    String spentReason() {
        return "the time budget of " + seconds(budget) + " for data checks on this database was spent";
    }

    String timeoutReason() {
        return "the query ran into the statement timeout of " + seconds(statementTimeout)
                + " or the end of the time budget";
    }

    private long remainingNanos() {
        return deadline - nanoClock.getAsLong();
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
