package io.github.schemaguard.rule;

/**
 * An option a rule accepts. Values are strings; list-valued options are comma-separated.
 */
public record RuleOption(String name, String description, String defaultValue) {
}
