package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.TextHash;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.FindingSubject;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.rule.RuleContext;
import io.github.schemaguard.rule.RuleMetadata;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.rule.SourceKind;
import io.github.schemaguard.source.ParseProblem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** A schema statement no reader understood: the rules cannot vouch for what it declares. */
public final class ParseErrorRule implements Rule {

    private static final int HASHED_CHARACTERS = 30;

    private static final RuleMetadata METADATA = new RuleMetadata(
            "parse-error", Severity.WARNING,
            "A schema or application SQL statement could not be understood, so no rule checked it.",
            "A statement the reader cannot understand is left out of the model: a unique index it creates is "
                    + "missing (other rules may then report a false alarm), and a table or column it creates is "
                    + "never checked. The rest of the file is still read. Rewrite the statement in a form the "
                    + "dialect documents, or exclude the file if it is not schema DDL. A mapper statement or DML "
                    + "statement that does not parse (even after its dynamic SQL is flattened) is not checked "
                    + "against the schema's keys; malformed mapper XML is reported at its line.",
            List.of(), Set.of(SourceKind.SCHEMA),
            """
            CREATE TABLE t_order (
              id BIGINT NOT NULL PRIMARY KEY,
              order_no VARCHAR(32) NOT NULL,,
            );
            """,
            """
            CREATE TABLE t_order (
              id BIGINT NOT NULL PRIMARY KEY,
              order_no VARCHAR(32) NOT NULL UNIQUE
            );
            """);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public FindingSubject subject() {
        return FindingSubject.FILE;
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        // Identical statements in one file get #2, #3...: fingerprints stay distinct and stable when lines move.
        Map<String, Integer> occurrences = new HashMap<>();
        for (ParseProblem problem : context.parseProblems()) {
            String id = problem.location().file() + ":" + statementHash(problem.excerpt());
            int occurrence = occurrences.merge(id, 1, Integer::sum);
            report.accept(new Finding(METADATA.id(), METADATA.defaultSeverity(), problem.location(),
                    occurrence == 1 ? id : id + "#" + occurrence,
                    "Statement not understood: " + problem.cause()
                            + (problem.excerpt().isBlank() ? "" : " (" + problem.excerpt() + ")"), null));
        }
    }

    /**
     * The first 8 bytes of the SHA-256 of the excerpt's first non-space characters. Excerpts keep
     * 60 characters with whitespace collapsed, so at least 30 of them are not spaces: hashing only
     * those makes the hash survive any re-indenting or re-wrapping of the statement.
     */
    private static String statementHash(String excerpt) {
        String compact = excerpt.replaceAll("\\s+", "");
        String hashed = compact.substring(0, Math.min(compact.length(), HASHED_CHARACTERS));
        return TextHash.of(hashed);
    }
}
