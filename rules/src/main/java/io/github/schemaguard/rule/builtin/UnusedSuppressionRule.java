package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.rule.RuleMetadata;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.rule.SourceKind;
import io.github.schemaguard.suppress.Suppressions;

import java.util.List;
import java.util.Set;

/** A suppression with nothing to suppress, or naming a rule that does not exist. */
public final class UnusedSuppressionRule extends SuppressionProblemRule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            Suppressions.UNUSED, Severity.WARNING,
            "A suppression comment suppresses nothing: no finding of its rule where it applies, or no such rule.",
            "A suppression left behind after the problem was fixed, moved away from its line, or naming a "
                    + "misspelt rule id looks like a reviewed exception but does nothing; worse, a stale one "
                    + "silently swallows the next real finding on that line. Remove it, or fix the rule id.",
            List.of(), Set.of(SourceKind.SCHEMA),
            """
            -- schemaguard:ignore table-without-primary-key reason: staging table
            CREATE TABLE t_import (id BIGINT NOT NULL PRIMARY KEY, order_no VARCHAR(32) NOT NULL);
            """,
            """
            CREATE TABLE t_import (id BIGINT NOT NULL PRIMARY KEY, order_no VARCHAR(32) NOT NULL);
            """);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }
}
