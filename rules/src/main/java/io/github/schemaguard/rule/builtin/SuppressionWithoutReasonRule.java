package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.rule.RuleMetadata;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.rule.SourceKind;
import io.github.schemaguard.suppress.Suppressions;

import java.util.List;
import java.util.Set;

/** A suppression that does not say why the finding is safe to ignore. */
public final class SuppressionWithoutReasonRule extends SuppressionProblemRule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            Suppressions.WITHOUT_REASON, Severity.WARNING,
            "A suppression comment gives no reason for ignoring the finding (no reason: text).",
            "A suppression silences a check for good. Without a reason, a reviewer cannot tell a deliberate, "
                    + "safe exception from a quick way to get the build green, and nobody can later tell whether "
                    + "it still holds. The suppression still works; add reason: <why this is safe>.",
            List.of(), Set.of(SourceKind.SCHEMA),
            """
            -- schemaguard:ignore table-without-primary-key
            CREATE TABLE t_import (order_no VARCHAR(32) NOT NULL);
            """,
            """
            -- schemaguard:ignore table-without-primary-key reason: staging table, emptied after each import
            CREATE TABLE t_import (order_no VARCHAR(32) NOT NULL);
            """);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }
}
