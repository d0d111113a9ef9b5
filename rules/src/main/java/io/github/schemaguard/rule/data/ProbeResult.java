package io.github.schemaguard.rule.data;

import java.util.Optional;
import java.util.function.Function;

/**
 * A probe's answer, or why there is none (time budget spent, statement timeout, query refused).
 *
 * @param value         the answer, or {@code null} when skipped
 * @param skippedReason why the probe did not answer, or {@code null}
 */
public record ProbeResult<T>(T value, String skippedReason) {

    public ProbeResult {
        if ((value == null) == (skippedReason == null)) {
            throw new IllegalArgumentException("A probe result holds either a value or a reason it was skipped");
        }
    }

    public static <T> ProbeResult<T> answered(T value) {
        return new ProbeResult<>(value, null);
    }

    public static <T> ProbeResult<T> skipped(String reason) {
        return new ProbeResult<>(null, reason);
    }

    public Optional<T> answer() {
        return Optional.ofNullable(value);
    }

    /** The next probe, asked only when this one answered; a skip passes its reason on. */
    public <U> ProbeResult<U> then(Function<T, ProbeResult<U>> next) {
        return value == null ? skipped(skippedReason) : next.apply(value);
    }
}
