package io.github.schemaguard.maven;

import io.github.schemaguard.config.RuleSettings;
import io.github.schemaguard.rule.Severity;

import java.util.List;
import java.util.Map;

/**
 * One {@code <rule>} of the {@code rules} parameter. Maven fills it from the POM by field name,
 * which is why it is a mutable class named after the element.
 */
public class Rule {

    /** The rule id, e.g. {@code business-key-not-unique}. */
    private String id;

    /** {@code false} turns the rule off, {@code true} on (a preset's rule too); left out, the rule's default. */
    private Boolean enabled;

    /** {@code error}, {@code warning} or {@code info}; left out, the rule's default. */
    private String severity;

    /** Option name to value, e.g. {@code <namePatterns>*_no,*_code</namePatterns>}. */
    private Map<String, String> options;

    /**
     * Objects whose findings of this rule are suppressed (listed, never failing), as globs over
     * {@code [schema.]table[.column]}: {@code <exclude>billing.*</exclude>}.
     */
    private List<String> excludes;

    RuleSettings toSettings() {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A <rule> in rules has no <id>");
        }
        try {
            return new RuleSettings(id.trim(), enabled, severity == null ? null : Severity.parse(severity), options,
                    excludes);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Rule '" + id.trim() + "': " + e.getMessage(), e);
        }
    }
}
