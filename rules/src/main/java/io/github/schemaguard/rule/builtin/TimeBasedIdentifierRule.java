package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.model.Names;
import io.github.schemaguard.model.Table;
import io.github.schemaguard.model.Trigger;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.rule.RuleContext;
import io.github.schemaguard.rule.RuleMetadata;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.rule.SourceKind;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An identifier whose value is taken from the clock, so rows created in the same instant share it. */
public final class TimeBasedIdentifierRule implements Rule {

    /** {@code SET NEW.order_no = ...} (MySQL) and {@code NEW.order_no := ...} (PL/pgSQL). */
    private static final Pattern NEW_ROW_ASSIGNMENT = Pattern.compile(
            "(?<![\\w$])NEW\\s*\\.\\s*[`\"]?(\\w+)[`\"]?\\s*:?=\\s*([^;]*)", Pattern.CASE_INSENSITIVE);
    /** A UUID in the value makes it unique whatever the clock says; a random suffix only makes collisions rarer. */
    private static final Pattern UUID = Pattern.compile("uuid", Pattern.CASE_INSENSITIVE);
    private static final Pattern RANDOM = Pattern.compile("(?<![\\w$])(rand|random)\\s*\\(", Pattern.CASE_INSENSITIVE);

    private static final RuleMetadata METADATA = new RuleMetadata(
            "time-based-identifier", Severity.ERROR,
            "An identifier such as an order number is derived from the clock, so concurrent rows get the same value.",
            "A number built from the current time (yyyyMMddHHmmss, a Unix timestamp, a DEFAULT NOW()) is unique "
                    + "only while rows arrive slower than the clock ticks. Two purchases in the same second get "
                    + "the same order number: without a unique key both are stored and later updates hit both, "
                    + "with one the second purchase fails. Finer precision (milliseconds) and random suffixes "
                    + "make collisions rarer, not impossible. Take identifiers from a sequence, a UUID or a "
                    + "snowflake-style generator, and keep them unique with a constraint.",
            BusinessKeyColumns.OPTIONS, Set.of(SourceKind.SCHEMA),
            """
            CREATE TABLE t_order (
              id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
              order_no VARCHAR(32) NOT NULL DEFAULT (DATE_FORMAT(NOW(), '%Y%m%d%H%i%s')) COMMENT '订单号',
              UNIQUE KEY uk_t_order_order_no (order_no)
            );
            """,
            """
            CREATE TABLE t_order (
              id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
              order_no VARCHAR(36) NOT NULL DEFAULT (UUID()) COMMENT '订单号',
              created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
              UNIQUE KEY uk_t_order_order_no (order_no)
            );
            """);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        BusinessKeyColumns identifiers = BusinessKeyColumns.from(context.options());
        Dialect dialect = context.schema().dialect();
        for (Table table : context.schema().tablesWithoutPartitions()) {
            for (Column column : table.columns()) {
                boolean named = identifiers.evidence(column).isPresent();
                if (named || isSolePrimaryKey(table, column)) {
                    clockSource(table, column, named, dialect)
                            .ifPresent(source -> report.accept(finding(table, column, source)));
                }
            }
        }
    }

    /** Where the clock value comes from: the column's expression, a trigger, or its own date/time type. */
    private static Optional<ClockSource> clockSource(Table table, Column column, boolean named, Dialect dialect) {
        if (isClockValue(column.generatedExpression())) {
            return Optional.of(expressionSource("GENERATED AS ", column.generatedExpression(), column.location(),
                    column, dialect));
        }
        if (isClockValue(column.defaultExpression())) {
            return Optional.of(expressionSource("DEFAULT ", column.defaultExpression(), column.location(),
                    column, dialect));
        }
        for (Trigger trigger : table.triggers()) {
            Matcher assignment = NEW_ROW_ASSIGNMENT.matcher(trigger.body() == null ? "" : trigger.body());
            while (assignment.find()) {
                String expression = assignment.group(2).trim();
                if (column.hasName(assignment.group(1)) && isClockValue(expression)) {
                    return Optional.of(expressionSource("trigger " + trigger.name() + " sets it to ", expression,
                            trigger.location(), column, dialect));
                }
            }
        }
        // A primary key of type DATE is a natural key (one row per day), not an identifier from the clock.
        return ClockValues.typePrecision(column.type(), dialect)
                .filter(precision -> named || precision != ClockValues.Precision.DAY)
                .map(precision -> new ClockSource("it is typed " + column.type(), column.location(), precision, false));
    }

    private static ClockSource expressionSource(String how, String expression, Location location, Column column,
                                                Dialect dialect) {
        return new ClockSource(how + expression, location, ClockValues.precision(expression, column.type(), dialect),
                RANDOM.matcher(expression).find());
    }

    private static boolean isClockValue(String expression) {
        return ClockValues.readsClock(expression) && !UUID.matcher(expression).find();
    }

    private static boolean isSolePrimaryKey(Table table, Column column) {
        return table.primaryKey() != null && table.primaryKey().columns().size() == 1
                && !table.primaryKey().expression() && Names.same(table.primaryKey().columns().get(0), column.name());
    }

    private static Finding finding(Table table, Column column, ClockSource source) {
        String name = Names.unquote(column.name());
        String precision = source.precision().label();
        String message = String.format("%s.%s is an identifier taken from the clock (%s), precise to the %s: rows "
                        + "created in the same %s get the same %s, so concurrent inserts collide (silent duplicates, "
                        + "or failed inserts where it is unique).%s Generate it from a sequence, UUID or "
                        + "snowflake-style generator instead.", table.qualifiedName(), name, source.description(),
                precision, precision, name,
                source.randomSuffix() ? " A random part makes collisions rarer, not impossible." : "");
        return new Finding(METADATA.id(), METADATA.defaultSeverity(), source.location(),
                table.qualifiedName() + "." + name, message, null);
    }

    private record ClockSource(String description, Location location, ClockValues.Precision precision,
                               boolean randomSuffix) {
    }
}
