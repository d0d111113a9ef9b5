package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.Names;
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
import java.util.stream.Collectors;

/** Values of a business key that several rows already share: the incident's 34 orders with 17 numbers. */
public final class DuplicateBusinessKeyValuesRule extends DataRule<DuplicateValues> {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "duplicate-business-key-values", Severity.ERROR,
            "A business key without a unique constraint already holds values that several rows share.",
            "Where nothing keeps an order number unique, duplicates arrive silently: in the incident 34 purchases "
                    + "shared 17 order numbers, and one payment callback (UPDATE ... WHERE order_no = ?) marked "
                    + "two purchases paid. It was found weeks later by a person running GROUP BY order_no HAVING "
                    + "COUNT(*) > 1 by hand; this rule runs that query (SELECT only, bounded) on every business "
                    + "key business-key-not-unique reports, and reports how many values are shared, by how many "
                    + "rows, and the most frequent ones. A count of zero is reported as information: it is what "
                    + "makes adding the unique constraint safe today. Large tables are sampled and the finding "
                    + "says so: a sample shows some duplicates, never all.",
            BusinessKeyNotUniqueRule.OPTIONS, Set.of(SourceKind.DATA),
            """
            CREATE TABLE t_order (
              id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
              order_no VARCHAR(32) NOT NULL COMMENT '订单号',
              amount DECIMAL(12, 2) NOT NULL
            );
            INSERT INTO t_order (order_no, amount) VALUES
              ('20141021140307', 100.00), ('20141021140307', 100.00),
              ('20141022093011', 100.00), ('20141022093011', 100.00),
              ('20141022093015', 100.00);
            """,
            """
            CREATE TABLE t_order (
              id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
              order_no VARCHAR(32) NOT NULL COMMENT '订单号',
              amount DECIMAL(12, 2) NOT NULL,
              CONSTRAINT uk_t_order_order_no UNIQUE (order_no)
            );
            INSERT INTO t_order (order_no, amount) VALUES
              ('20141021140307', 100.00), ('20141021140307-2', 100.00),
              ('20141022093011', 100.00), ('20141022093011-2', 100.00),
              ('20141022093015', 100.00);
            """);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    /** Keys no unique key guards: where one does, duplicates cannot exist (or are allowed outside its scope). */
    @Override
    List<Candidate> candidates(RuleContext context, TableData data) {
        return super.candidates(context, data).stream().filter(candidate -> !candidate.keptUnique()).toList();
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
        String key = key(candidate);
        if (duplicates.values() == 0) {
            String message = String.format(Locale.ROOT, "No value of %s is held by more than one row (%s read)%s",
                    key, duplicates.read().describe(), duplicates.read().sampled()
                            ? ": the rest of the table may still hold some."
                            : ": adding the unique key is safe today.");
            return new Finding(METADATA.id(), Severity.INFO, candidate.column().location(),
                    candidate.objectPath() + " (no duplicates)", message,
                    candidate.unguardedKey() ? candidate.addUniqueKey() : null);
        }
        String message = String.format(Locale.ROOT, "%s of %s held by more than one row, %s in all "
                        + "(%s read%s); most frequent: %s. An UPDATE or DELETE ... WHERE %s = ? changes every "
                        + "row that shares the value. List them with: SELECT %s, COUNT(*) FROM %s GROUP BY %s "
                        + "HAVING COUNT(*) > 1;",
                DataFindings.count(duplicates.values(), "value"), key, DataFindings.count(duplicates.rows(), "row"),
                duplicates.read().describe(),
                duplicates.read().sampled() ? ", so the whole table holds at least these" : "",
                examples(duplicates), Names.unquote(candidate.column().name()), columnList(candidate),
                candidate.table().qualifiedName(), columnList(candidate));
        return new Finding(METADATA.id(), METADATA.defaultSeverity(), candidate.column().location(),
                candidate.objectPath(), message, null);
    }

    /** {@code t_order.order_no}, or {@code t_order (tenant_id, order_no)} when the key has a scope. */
    static String key(Candidate candidate) {
        return candidate.key().size() == 1 ? candidate.objectPath()
                : candidate.table().qualifiedName() + " (" + columnList(candidate) + ")";
    }

    private static String columnList(Candidate candidate) {
        return candidate.key().stream().map(Column::name).map(Names::unquote).collect(Collectors.joining(", "));
    }

    private static String examples(DuplicateValues duplicates) {
        List<DuplicateValues.Example> examples = duplicates.examples();
        return examples.isEmpty() ? "(not shown)" : examples.stream()
                .map(e -> String.format(Locale.ROOT, "'%s' (%,d rows)", e.value(), e.rows()))
                .collect(Collectors.joining(", "));
    }
}
