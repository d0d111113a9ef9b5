package io.github.schemaguard.rule;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A rule's effective option values: the user's settings over the declared defaults. */
public final class RuleOptions {

    private final RuleMetadata metadata;
    private final Map<String, String> overrides;

    public RuleOptions(RuleMetadata metadata, Map<String, String> overrides) {
        this.metadata = metadata;
        this.overrides = Map.copyOf(overrides);
    }

    public static RuleOptions defaults(RuleMetadata metadata) {
        return new RuleOptions(metadata, Map.of());
    }

    public String value(String name) {
        String override = overrides.get(name);
        if (override != null) {
            return override;
        }
        return metadata.options().stream().filter(o -> o.name().equals(name)).findFirst()
                .map(RuleOption::defaultValue)
                .orElseThrow(() -> new IllegalArgumentException(
                        "Rule " + metadata.id() + " has no option '" + name + "'"));
    }

    /** A numeric option such as a probability ({@code 1e-6}) or a share ({@code 0.8}). */
    public double number(String name) {
        String text = value(name);
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Option '" + name + "' of rule '" + metadata.id()
                    + "' must be a number, not '" + text + "'");
        }
    }

    /** A comma-separated option as a list of trimmed, non-empty entries. */
    public List<String> list(String name) {
        return Arrays.stream(value(name).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
