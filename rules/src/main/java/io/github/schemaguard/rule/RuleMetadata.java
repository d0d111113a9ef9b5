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
 * @param preset          the preset the rule belongs to, off unless chosen; {@code null} for a rule that always runs
 * @param chinese         the summary and rationale in Chinese, or {@code null} when the rule speaks English only
 */
public record RuleMetadata(String id, Severity defaultSeverity, String summary, String rationale,
                           List<RuleOption> options, Set<SourceKind> needs,
                           String badExample, String goodExample, Dialect exampleDialect,
                           Preset preset, Translation chinese) {

    /** Metadata whose examples are MySQL. */
    public RuleMetadata(String id, Severity defaultSeverity, String summary, String rationale,
                        List<RuleOption> options, Set<SourceKind> needs, String badExample, String goodExample) {
        this(id, defaultSeverity, summary, rationale, options, needs, badExample, goodExample, Dialect.MYSQL);
    }

    /** Metadata of a rule that always runs and speaks English. */
    public RuleMetadata(String id, Severity defaultSeverity, String summary, String rationale,
                        List<RuleOption> options, Set<SourceKind> needs, String badExample, String goodExample,
                        Dialect exampleDialect) {
        this(id, defaultSeverity, summary, rationale, options, needs, badExample, goodExample, exampleDialect,
                null, null);
    }

    public RuleMetadata {
        if (!id.matches("[a-z]+(-[a-z]+)*")) {
            throw new IllegalArgumentException("Rule id must be kebab-case: " + id);
        }
        options = List.copyOf(options);
        needs = Set.copyOf(needs);
    }

    /** The same metadata for a rule of {@code rulePreset}, with its Chinese summary and rationale. */
    public RuleMetadata inPreset(Preset rulePreset, Translation chineseText) {
        return new RuleMetadata(id, defaultSeverity, summary, rationale, options, needs, badExample, goodExample,
                exampleDialect, rulePreset, chineseText);
    }

    /** The summary in {@code language}, English when the rule has no translation. */
    public String summary(Language language) {
        return chinese == null ? summary : language.pick(summary, chinese.summary());
    }

    /** A rule's summary and rationale in another language. */
    public record Translation(String summary, String rationale) {
    }
}
