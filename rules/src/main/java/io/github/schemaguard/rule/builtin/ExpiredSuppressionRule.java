package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.rule.RuleMetadata;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.rule.SourceKind;
import io.github.schemaguard.suppress.Suppressions;

import java.util.List;
import java.util.Set;

/** A suppression past its {@code until:} date: it stopped working, and says so instead of failing silently. */
public final class ExpiredSuppressionRule extends SuppressionProblemRule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            Suppressions.EXPIRED, Severity.WARNING,
            "A suppression comment is past its until: date (or the date is not YYYY-MM-DD), so it no longer "
                    + "suppresses anything.",
            "An until: date turns a suppression into a deadline: after it, the findings it covered are reported "
                    + "again and fail the build as they would without it. This warning says why they came back. "
                    + "Fix the findings, or renew the date with a reason that still holds.",
            List.of(), Set.of(SourceKind.SCHEMA),
            """
            -- schemaguard:ignore table-without-primary-key reason: legacy import table until: 2020-01-31
            CREATE TABLE t_import (order_no VARCHAR(32) NOT NULL);
            """,
            """
            -- schemaguard:ignore table-without-primary-key reason: legacy import table until: 2999-12-31
            CREATE TABLE t_import (order_no VARCHAR(32) NOT NULL);
            """);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }
}
