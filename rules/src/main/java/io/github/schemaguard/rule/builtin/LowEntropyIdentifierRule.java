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

/** Identifier values made of a date or time plus a few digits: the incident's stop-gap, date + 5 random digits. */
public final class LowEntropyIdentifierRule extends DataRule<ValueSample> {

    static final RuleOption MAX_PROBABILITY = new RuleOption("maxCollisionProbabilityPerDay",
            "The chance (0 to 1) that two rows of the busiest day observed get the same value, above which the "
                    + "rule reports the column", "1e-6");

    private static final RuleMetadata METADATA = new RuleMetadata(
            "low-entropy-identifier", Severity.WARNING,
            "The values of an identifier are a date or time plus a few random or sequence digits: too few values a "
                    + "day for the rows a day brings.",
            "After the incident the order number became \"date + 5 random digits\": 100,000 values a day, and by "
                    + "the birthday bound two of a few hundred orders in one day already collide more likely than "
                    + "not. This rule samples the values of business keys (SELECT only, bounded) and, when most of "
                    + "them are a date or time (yyyyMMdd, yyMMdd, yyyyMMddHHmmss, epoch seconds...) followed by "
                    + "more digits, counts the values each day offers, finds the busiest day observed and reports "
                    + "the chance that two of its rows get the same value when it exceeds the threshold. A unique "
                    + "constraint turns such a collision into a failed insert; only more random digits, a sequence "
                    + "or a UUID make it rare enough.",
            Stream.concat(BusinessKeyNotUniqueRule.OPTIONS.stream(),
                    Stream.of(TimeShapedIdentifierValuesRule.MINIMUM_SHARE, MAX_PROBABILITY)).toList(),
            Set.of(SourceKind.DATA),
            """
            CREATE TABLE t_order (
              id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
              order_no VARCHAR(32) NOT NULL COMMENT '订单号'
            );
            INSERT INTO t_order (order_no) VALUES ('2014102504811'), ('2014102539170'), ('2014102572236');
            """,
            """
            CREATE TABLE t_order (
              id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
              order_no VARCHAR(36) NOT NULL COMMENT '订单号'
            );
            INSERT INTO t_order (order_no) VALUES
              ('20141025048112233445'), ('20141025391709988776'), ('20141025722361029384');
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
        double threshold = context.options().number(MAX_PROBABILITY.name());
        return DataFindings.clockReading(sample, context.options().number(
                        TimeShapedIdentifierValuesRule.MINIMUM_SHARE.name()))
                .filter(reading -> reading.shape().extraDigits() > 0)
                .map(reading -> new Estimated(reading, CollisionEstimate.of(reading, sample.read())))
                .filter(estimated -> estimated.risk().probabilityPerDay() > threshold)
                .map(estimated -> finding(candidate, sample, estimated, threshold));
    }

    private static Finding finding(Candidate candidate, ValueSample sample, Estimated estimated, double threshold) {
        Reading reading = estimated.reading();
        CollisionEstimate risk = estimated.risk();
        String message = String.format(Locale.ROOT, "%s values are %s (%,d of %,d values, %s read): %,.0f values "
                        + "a day. %s: by the birthday bound over those values and the bursts observed, two of them "
                        + "get the same value with probability %s a day (threshold %s). Add random digits or take the "
                        + "identifier from a sequence or UUID, and keep it unique with a constraint.",
                candidate.objectPath(), reading.shape().describe(), reading.times().size(), reading.valuesRead(),
                sample.read().describe(), risk.spacePerDay(), risk.dayText(),
                CollisionEstimate.probability(risk.probabilityPerDay()), CollisionEstimate.probability(threshold));
        return new Finding(METADATA.id(), METADATA.defaultSeverity(), candidate.column().location(),
                candidate.objectPath(), message, null);
    }

    private record Estimated(Reading reading, CollisionEstimate risk) {
    }
}
