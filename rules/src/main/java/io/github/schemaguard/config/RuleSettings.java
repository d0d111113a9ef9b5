package io.github.schemaguard.config;

import io.github.schemaguard.rule.Severity;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The user's settings for one rule; whatever is left out keeps the rule's default.
 *
 * @param enabled  {@code false} turns the rule off, {@code true} on (a preset rule too), {@code null} keeps
 *                 the default: on, or for a preset rule on only when its preset is chosen
 * @param severity the severity its findings get, or {@code null} for the rule's default
 * @param options  option name to value, overriding the declared defaults
 * @param excludes object patterns ({@code billing.*}, {@code t_order.order_no}) whose findings are suppressed
 */
public record RuleSettings(String id, Boolean enabled, Severity severity, Map<String, String> options,
                           List<String> excludes) {

    public RuleSettings {
        // Sorted, so error messages and anything derived from the settings are deterministic.
        options = options == null ? Map.of() : new TreeMap<>(options);
        // An empty <exclude/> arrives as null; as "" it fails validation with a message instead of a crash.
        excludes = excludes == null ? List.of() : excludes.stream().map(e -> e == null ? "" : e).toList();
    }

    /** Settings without excludes. */
    public RuleSettings(String id, Boolean enabled, Severity severity, Map<String, String> options) {
        this(id, enabled, severity, options, null);
    }
}
