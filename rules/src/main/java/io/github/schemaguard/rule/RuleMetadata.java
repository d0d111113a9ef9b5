package io.github.schemaguard.rule;

import io.github.schemaguard.model.Dialect;

import java.util.List;
import java.util.Set;

/**
 * Everything a rule declares about itself, in one place: docs are generated from it and a meta
 * test checks that {@code badExample} fires and {@code goodExample} stays silent.
 *
 * @param id              kebab-case, stable forever: baselines and suppressions name it
 * @param summary         one line, shown in lists and SARIF short descriptions
 * @param rationale       what goes wrong, for the docs and the HTML report
 * @param badExample      SQL that makes the rule fire (dialect {@code exampleDialect})
 * @param goodExample     the corrected SQL, on which the rule stays silent
 * @param exampleDialect  the dialect the examples are written in: MySQL, the incident's, unless the rule
 *                        only speaks for another (foreign keys without an index are PostgreSQL's problem)
 */
public record RuleMetadata(String id, Severity defaultSeverity, String summary, String rationale,
                           List<RuleOption> options, Set<SourceKind> needs,
                           String badExample, String goodExample, Dialect exampleDialect) {

    /** Metadata whose examples are MySQL. */
    public RuleMetadata(String id, Severity defaultSeverity, String summary, String rationale,
                        List<RuleOption> options, Set<SourceKind> needs, String badExample, String goodExample) {
        this(id, defaultSeverity, summary, rationale, options, needs, badExample, goodExample, Dialect.MYSQL);
    }

    public RuleMetadata {
        if (!id.matches("[a-z]+(-[a-z]+)*")) {
            throw new IllegalArgumentException("Rule id must be kebab-case: " + id);
        }
        options = List.copyOf(options);
        needs = Set.copyOf(needs);
    }
}
