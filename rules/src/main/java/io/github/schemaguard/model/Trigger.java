package io.github.schemaguard.model;

/** A trigger on {@code table}; {@code body} is its text, kept for clock-derived assignments. */
public record Trigger(String name, String table, String body, Location location) {
}
