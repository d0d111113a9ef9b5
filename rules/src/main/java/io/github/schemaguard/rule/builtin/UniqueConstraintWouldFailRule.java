package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.RuleContext;
import io.github.schemaguard.rule.RuleMetadata;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.rule.SourceKind;
import io.github.schemaguard.rule.builtin.ProbedColumns.Candidate;
import io.github.schemaguard.rule.data.DuplicateValues;
import io.github.schemaguard.rule.data.ProbeResult;
import io.github.schemaguard.rule.data.TableData;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the unique key {@code business-key-not-unique} proposes can be added to today's data: so the fix is
 * applied now, or the cleanup is planned first.
 */
public final class UniqueConstraintWouldFailRule extends DataRule<DuplicateValues> {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "unique-constraint-would-fail", Severity.WARNING,
            "The unique key a business key lacks cannot be added yet: rows already share its values.",
            "business-key-not-unique proposes ALTER TABLE ... ADD CONSTRAINT ... UNIQUE for every business key "
                    + "nothing keeps unique. On a live database that statement fails while two rows share a "
                    + "value, and a migration that fails halfway through a release is worse than none. This rule "
                    + "checks today's data (SELECT only, bounded): a warning when the constraint would fail, with "
                    + "how many values and rows must be merged or renumbered first; information, with the "
                    + "statement, when it would succeed (on a sampled large table only the sample is known).",
            BusinessKeyNotUniqueRule.OPTIONS, Set.of(SourceKind.DATA),
            """
            CREATE TABLE t_order (
              id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
              order_no VARCHAR(32) NOT NULL COMMENT '订单号'
            );
            INSERT INTO t_order (order_no) VALUES ('20141021140307'), ('20141021140307'), ('20141022093011');
            """,
            """
            CREATE TABLE t_order (
              id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
              order_no VARCHAR(32) NOT NULL COMMENT '订单号',
              CONSTRAINT uk_t_order_order_no UNIQUE (order_no)
            );
            INSERT INTO t_order (order_no) VALUES ('20141021140307'), ('20141021140307-2'), ('20141022093011');
            """);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    /** Only the keys business-key-not-unique reports: the unique key it proposes is the one tried. */
    @Override
    List<Candidate> candidates(RuleContext context, TableData data) {
        return ProbedColumns.of(context, false);
    }

    @Override
    ProbeResult<DuplicateValues> probe(TableData data, Candidate candidate) {
        return data.duplicates(candidate.table(), candidate.key());
    }

    @Override
    Optional<Finding> judge(RuleContext context, Candidate candidate, DuplicateValues duplicates) {
        return Optional.of(finding(candidate, duplicates));
    }

    private static Finding finding(Candidate candidate, DuplicateValues duplicates) {
        String key = DuplicateBusinessKeyValuesRule.key(candidate);
        if (duplicates.values() > 0) {
            String message = String.format(Locale.ROOT, "A unique key on %s would fail today: %s held by more "
                            + "than one row, %s in all (%s read%s). Merge or renumber those rows first, then add it.",
                    key, DataFindings.count(duplicates.values(), "value"), DataFindings.count(duplicates.rows(), "row"),
                    duplicates.read().describe(),
                    duplicates.read().sampled() ? ", so the whole table holds at least these" : "");
            return new Finding(METADATA.id(), METADATA.defaultSeverity(), candidate.column().location(),
                    candidate.objectPath(), message, null);
        }
        String message = duplicates.read().sampled()
                ? String.format(Locale.ROOT, "A unique key on %s found no duplicates in %s; the rest of the table "
                        + "was not read, so the statement may still fail.", key, duplicates.read().describe())
                : String.format(Locale.ROOT, "A unique key on %s would succeed on today's data (%s read): add it "
                        + "now, before duplicates arrive.", key, duplicates.read().describe());
        return new Finding(METADATA.id(), Severity.INFO, candidate.column().location(),
                candidate.objectPath() + " (would succeed)", message, candidate.addUniqueKey());
    }
}
