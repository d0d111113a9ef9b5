package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Table;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.FindingSubject;
import io.github.schemaguard.rule.Language;
import io.github.schemaguard.rule.Preset;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.rule.RuleContext;
import io.github.schemaguard.rule.RuleMetadata;
import io.github.schemaguard.rule.RuleOption;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.rule.SourceKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** A table without the three columns the manual requires of every table: id, creation time, update time. */
public final class AlibabaRequiredColumnsRule implements Rule {

    static final RuleOption ID_COLUMNS = new RuleOption("idColumns",
            "Names the id column may have (any one suffices; empty: not required)", "id");
    static final RuleOption CREATE_TIME_COLUMNS = new RuleOption("createTimeColumns",
            "Names the creation time column may have (any one suffices; empty: not required)",
            "create_time,gmt_create");
    static final RuleOption UPDATE_TIME_COLUMNS = new RuleOption("updateTimeColumns",
            "Names the last update time column may have (any one suffices; empty: not required)",
            "update_time,gmt_modified");

    private static final RuleMetadata METADATA = new RuleMetadata(
            "alibaba-required-columns", Severity.WARNING,
            "A table lacks one of id, create_time (gmt_create) and update_time (gmt_modified) (Alibaba manual).",
            "The Alibaba Java Development Manual (MySQL, table rules) requires three columns of every table: id, "
                    + "the primary key (bigint unsigned, auto-increment for a single table); create_time and "
                    + "update_time, both datetime (gmt_create and gmt_modified in earlier editions). With them "
                    + "every row can be addressed the same way, and when data goes wrong the two times show "
                    + "when a row appeared and when it last changed, which is what incident analysis, data "
                    + "repair and incremental synchronisation start from. The accepted names are options, and "
                    + "a requirement whose list is emptied is dropped.",
            List.of(ID_COLUMNS, CREATE_TIME_COLUMNS, UPDATE_TIME_COLUMNS, AlibabaPreset.EXCLUDED_TABLES),
            Set.of(SourceKind.SCHEMA),
            """
            CREATE TABLE t_order (
              id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
              order_no VARCHAR(32) NOT NULL,
              UNIQUE KEY uk_order_no (order_no)
            );
            """,
            """
            CREATE TABLE t_order (
              id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
              order_no VARCHAR(32) NOT NULL,
              create_time DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
              update_time DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
              UNIQUE KEY uk_order_no (order_no)
            );
            """).inPreset(Preset.ALIBABA, new RuleMetadata.Translation(
            "表缺少 id、create_time（gmt_create）或 update_time（gmt_modified）字段（阿里巴巴开发手册）。",
            "《阿里巴巴 Java 开发手册》（MySQL 建表规约）规定表必备三字段：id、create_time、update_time。id 为主键，"
                    + "类型为 bigint unsigned、单表时自增；create_time 和 update_time 均为 datetime 类型（早期版本为 "
                    + "gmt_create 和 gmt_modified）。有了它们，每行数据都能以同样方式定位；数据出问题时，两个时间说明"
                    + "这行何时产生、何时最后修改，这是事故分析、数据修复和增量同步的起点。可接受的列名是可配置项，"
                    + "列表为空则不再要求该字段。"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public FindingSubject subject() {
        return FindingSubject.TABLE;
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        Dialect dialect = context.schema().dialect();
        for (Table table : AlibabaPreset.tables(context)) {
            List<List<String>> missing = new ArrayList<>();
            List<String> additions = new ArrayList<>();
            for (RuleOption required : List.of(ID_COLUMNS, CREATE_TIME_COLUMNS, UPDATE_TIME_COLUMNS)) {
                List<String> names = context.options().list(required.name());
                if (!names.isEmpty() && names.stream().noneMatch(name -> table.column(name).isPresent())) {
                    missing.add(names);
                    if (required != ID_COLUMNS) {
                        additions.add(addColumn(dialect, names.get(0), required == UPDATE_TIME_COLUMNS));
                    }
                }
            }
            if (!missing.isEmpty()) {
                report.accept(new Finding(METADATA.id(), METADATA.defaultSeverity(), table.location(),
                        table.qualifiedName(), message(context.language(), table, missing),
                        additions.isEmpty() ? null : "ALTER TABLE " + FixSql.table(dialect, table) + " "
                                + String.join(", ", additions) + ";"));
            }
        }
    }

    private static String message(Language language, Table table, List<List<String>> missing) {
        List<String> englishNames = missing.stream().map(names -> alternatives(names, " (or ", ", ", ")")).toList();
        String english = englishNames.size() == 1 ? englishNames.get(0)
                : String.join(", ", englishNames.subList(0, englishNames.size() - 1)) + " and "
                + englishNames.get(englishNames.size() - 1);
        String chinese = missing.stream().map(names -> alternatives(names, "（或 ", "、", "）"))
                .collect(Collectors.joining("、"));
        return language.pick("Table " + table.qualifiedName() + " lacks " + english + ": the manual requires an "
                        + "id primary key and the creation and last update times in every table.",
                "表 " + table.qualifiedName() + " 缺少 " + chinese + " 字段：手册要求每张表都有 id 主键以及创建时间和"
                        + "最后更新时间。");
    }

    /** {@code create_time (or gmt_create)}: the first name, then the others it may have instead. */
    private static String alternatives(List<String> names, String open, String separator, String close) {
        return names.size() == 1 ? names.get(0)
                : names.get(0) + open + String.join(separator, names.subList(1, names.size())) + close;
    }

    /** MySQL keeps the update time itself; elsewhere the application (or a trigger) sets it. */
    private static String addColumn(Dialect dialect, String name, boolean updateTime) {
        String type = dialect == Dialect.MYSQL ? "DATETIME" : "timestamp";
        String onUpdate = updateTime && dialect == Dialect.MYSQL ? " ON UPDATE CURRENT_TIMESTAMP" : "";
        return "ADD COLUMN " + dialect.identifier(name) + " " + type + " NOT NULL DEFAULT CURRENT_TIMESTAMP"
                + onUpdate;
    }
}
