package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.RuleContext;
import io.github.schemaguard.rule.RuleMetadata;
import io.github.schemaguard.rule.RuleOption;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.rule.SourceKind;
import io.github.schemaguard.rule.builtin.ClockReadings.Reading;
import io.github.schemaguard.rule.builtin.ProbedColumns.Candidate;
import io.github.schemaguard.rule.data.ProbeResult;
import io.github.schemaguard.rule.data.TableData;
import io.github.schemaguard.rule.data.ValueSample;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Identifier values that are clock readings: whatever the DDL says, the data shows how they are made. */
public final class TimeShapedIdentifierValuesRule extends DataRule<ValueSample> {

    static final RuleOption MINIMUM_SHARE = new RuleOption("minimumShare",
            "Share of the sampled values that must read as clock values (0 to 1) before the rule judges the column",
            "0.8");

    private static final RuleMetadata METADATA = new RuleMetadata(
            "time-shaped-identifier-values", Severity.ERROR,
            "The values of an identifier are clock readings (yyyyMMddHHmmss, epoch seconds...), so rows created in "
                    + "the same instant share one.",
            "The generator that made the incident's order numbers lived in application code, invisible to the "
                    + "DDL: only the values showed it. This rule samples the values of business keys (SELECT only, "
                    + "bounded) and, when most of them read as a time (yyyyMMddHHmmss, with milliseconds, "
                    + "yyMMddHHmmss, epoch seconds or milliseconds, yyyyMMdd, with or without a short prefix or "
                    + "suffix) and nothing else, reports the precision, the busiest second (or millisecond) observed "
                    + "and, by the birthday bound, the chance that two rows of the busiest day observed get the same "
                    + "value. Values made of a time and more digits are low-entropy-identifier's. Consecutive "
                    + "numbers (a sequence that merely looks like epoch seconds) are not reported.",
            Stream.concat(BusinessKeyNotUniqueRule.OPTIONS.stream(), Stream.of(MINIMUM_SHARE)).toList(),
            Set.of(SourceKind.DATA),
            """
            CREATE TABLE t_order (
              id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
              order_no VARCHAR(32) NOT NULL COMMENT '订单号'
            );
            INSERT INTO t_order (order_no) VALUES
              ('20141021140307'), ('20141021140307'), ('20141021140309'), ('20141022093011');
            """,
            """
            CREATE TABLE t_order (
              id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
              order_no VARCHAR(36) NOT NULL COMMENT '订单号'
            );
            INSERT INTO t_order (order_no) VALUES
              ('7c9e6679-7425-40de-944b-e07fc1f90ae7'), ('f47ac10b-58cc-4372-a567-0e02b2c3d479'),
              ('16fd2706-8baf-433b-82eb-8c7fada847da');
            """);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    ProbeResult<ValueSample> probe(TableData data, Candidate candidate) {
        return data.values(candidate.table(), candidate.column());
    }

    @Override
    Optional<Finding> judge(RuleContext context, Candidate candidate, ValueSample sample) {
        return DataFindings.clockReading(sample, context.options().number(MINIMUM_SHARE.name()))
                .filter(reading -> reading.shape().extraDigits() == 0)
                .map(reading -> finding(candidate, sample, reading));
    }

    private static Finding finding(Candidate candidate, ValueSample sample, Reading reading) {
        CollisionEstimate risk = CollisionEstimate.of(reading, sample.read());
        String precision = reading.shape().format().precision.label();
        String message = String.format(Locale.ROOT, "%s holds clock readings: %,d of %,d values (%s read) are %s, "
                        + "precise to the %s. Busiest %s observed: %s with %s%s. %s: by the birthday bound over its "
                        + "%,.0f values and the bursts observed, two rows of such a day get the same value with "
                        + "probability %s. Generate it from a sequence, a UUID or a snowflake-style generator instead.",
                candidate.objectPath(), reading.times().size(), reading.valuesRead(), sample.read().describe(),
                reading.shape().describe(), precision, precision, risk.busiestTick(),
                DataFindings.count(risk.busiestTickRows(), "row"),
                risk.busiestTickRows() > 1 ? ", which got the same value: collisions already happen" : "",
                risk.dayText(), risk.spacePerDay(),
                CollisionEstimate.probability(risk.probabilityPerDay()));
        return new Finding(METADATA.id(), METADATA.defaultSeverity(), candidate.column().location(),
                candidate.objectPath(), message, null);
    }
}
