package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.Table;
import io.github.schemaguard.rule.RuleContext;
import io.github.schemaguard.rule.RuleOption;

import java.util.List;
import java.util.function.BiConsumer;

/** What the rules of the Alibaba preset share: the tables they leave to the frameworks that own them. */
final class AlibabaPreset {

    /**
     * Tables a framework creates and reads with its own types and names (Quartz's QRTZ_*, Activiti's and
     * Flowable's ACT_*, migration tools' history): the project cannot change them without breaking the framework.
     */
    static final RuleOption EXCLUDED_TABLES = new RuleOption("excludedTables",
            "Table name globs the rule leaves alone: by default the tables of Quartz, Activiti/Flowable, Flyway "
                    + "and Liquibase, which the project cannot change",
            "qrtz_*,act_ge_*,act_hi_*,act_id_*,act_re_*,act_ru_*,flw_*,flyway_schema_history,databasechangelog,"
                    + "databasechangeloglock");

    private AlibabaPreset() {
    }

    /** Every column of the tables not excluded, with its table. */
    static void forEachColumn(RuleContext context, BiConsumer<Table, Column> action) {
        for (Table table : tables(context)) {
            table.columns().forEach(column -> action.accept(table, column));
        }
    }

    /** The schema's tables without partitions (their parents speak for them) and the excluded ones. */
    static List<Table> tables(RuleContext context) {
        NamePatterns excluded = NamePatterns.of(context.options().list(EXCLUDED_TABLES.name()));
        return context.schema().tablesWithoutPartitions().stream().filter(table -> !excluded.matches(table.name()))
                .toList();
    }
}
