package io.github.schemaguard.report;

import io.github.schemaguard.LintResult;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.rule.builtin.BuiltinRules;
import io.github.schemaguard.source.ddl.DdlReadStats;
import io.github.schemaguard.suppress.SuppressedFinding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** A lint result with every kind of finding the report writers must handle, and a way to render it. */
final class ReportSamples {

    static final String ORDERS_FILE = "src/main/resources/db/V1__orders.sql";

    static final Finding ORDER_NO = new Finding("business-key-not-unique", Severity.ERROR,
            Location.of(ORDERS_FILE, 3, 5), "t_order.order_no",
            "order_no identifies an order but nothing keeps it unique", "ALTER TABLE t_order ADD UNIQUE (order_no);");
    static final Finding NO_PRIMARY_KEY = new Finding("table-without-primary-key", Severity.WARNING,
            Location.of(ORDERS_FILE, 10, 1), "audit_log",
            "table audit_log has no primary key\nrows cannot be told apart", null);
    /** Markup and separators that every format must escape. */
    static final Finding PARSE_ERROR = new Finding("parse-error", Severity.WARNING,
            Location.of("src/main/resources/db/V2 <weird> & \"quoted\".sql", 1, 1), "statement@1",
            "could not parse: 100% sure it's \"<broken>\", a:b", null);
    /** A live-database finding: no file position, only the object. */
    static final Finding LIVE = new Finding("table-without-primary-key", Severity.INFO,
            Location.UNKNOWN, "public.events", "table public.events has no primary key", null);

    /** A finding an inline comment silenced, with the reason the comment gives. */
    static final SuppressedFinding SUPPRESSED = new SuppressedFinding(new Finding("table-without-primary-key",
            Severity.WARNING, Location.of(ORDERS_FILE, 20, 1), "t_import", "Table t_import has no primary key", null),
            "staging table, emptied after each import", Location.of(ORDERS_FILE, 19, 1));

    static final LintResult RESULT = new LintResult(
            List.of(LIVE, ORDER_NO, NO_PRIMARY_KEY, PARSE_ERROR).stream().sorted(Finding.ORDER).toList(),
            new DdlReadStats(2, 7, 1, 1));

    /** Rules by id, not all built-in rules: the expected reports must not change whenever a rule is added. */
    static final List<Rule> RULES = BuiltinRules.all().stream()
            .filter(rule -> Set.of("business-key-not-unique", "parse-error", "table-without-primary-key",
                    "time-based-identifier").contains(rule.metadata().id()))
            .toList();

    private ReportSamples() {
    }

    static ReportInput input(FailOn failOn) {
        return new ReportInput(RESULT, RULES, failOn, "1.2.3", null);
    }

    static String render(ReportWriter writer, ReportInput input) throws IOException {
        return new String(bytes(writer, input), StandardCharsets.UTF_8);
    }

    static byte[] bytes(ReportWriter writer, ReportInput input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(input, out);
        return out.toByteArray();
    }
}
