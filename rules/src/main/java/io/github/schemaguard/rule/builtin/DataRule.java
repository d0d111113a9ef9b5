package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.rule.RuleContext;
import io.github.schemaguard.rule.RuleMetadata;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.rule.builtin.ProbedColumns.Candidate;
import io.github.schemaguard.rule.data.ProbeResult;
import io.github.schemaguard.rule.data.TableData;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A rule about the rows of a live database: silent unless data checks are on; asks one probe per column it
 * judges; reports a probe that could not run as information, with the reason. Findings that are not the rule's
 * problem (nothing found, not probed) carry a qualified object path, so a baseline that accepts them never hides
 * the problem when it appears later.
 *
 * @param <T> what the probe answers
 */
abstract class DataRule<T> implements Rule {

    @Override
    public final void check(RuleContext context, Consumer<Finding> report) {
        context.tableData().ifPresent(data -> {
            for (Candidate candidate : candidates(context, data)) {
                ProbeResult<T> result = probe(data, candidate);
                if (result.value() == null) {
                    report.accept(notProbed(candidate, result.skippedReason()));
                } else {
                    judge(context, candidate, result.value()).ifPresent(report);
                }
            }
        });
    }

    /** The columns this rule probes: by default those {@link ProbedColumns} selects for the data checks. */
    List<Candidate> candidates(RuleContext context, TableData data) {
        return ProbedColumns.of(context, data.settings().allIdentifierColumns());
    }

    abstract ProbeResult<T> probe(TableData data, Candidate candidate);

    abstract Optional<Finding> judge(RuleContext context, Candidate candidate, T answer);

    private Finding notProbed(Candidate candidate, String reason) {
        RuleMetadata metadata = metadata();
        return new Finding(metadata.id(), Severity.INFO, candidate.column().location(),
                candidate.objectPath() + " (not probed)",
                candidate.objectPath() + " was not probed: " + reason + ".", null);
    }
}
