package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Names;
import io.github.schemaguard.model.Table;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Preset;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.rule.RuleContext;
import io.github.schemaguard.rule.RuleMetadata;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.rule.SourceKind;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** A MySQL yes/no column named {@code is_xxx} that is not {@code tinyint unsigned}. */
public final class AlibabaBooleanColumnTypeRule implements Rule {

    /** Types whose values convert to 0 and 1 as they are; a string flag ('Y'/'N') needs its values mapped first. */
    private static final Pattern NUMERIC = Pattern.compile("(tinyint|smallint|mediumint|int|bigint|bit|boolean)"
            + "(\\(\\d+\\))?( unsigned)?");

    private static final RuleMetadata METADATA = new RuleMetadata(
            "alibaba-boolean-column-type", Severity.WARNING,
            "A MySQL is_xxx yes/no column is not unsigned tinyint (Alibaba manual).",
            "The Alibaba Java Development Manual (MySQL, table rules) names columns that say yes or no is_xxx "
                    + "and makes them unsigned tinyint, 1 for yes and 0 for no. One type for every flag means one "
                    + "mapping in the application: BIT(1) arrives in JDBC as a byte array or Boolean depending on "
                    + "driver settings, CHAR(1) 'Y'/'N' and VARCHAR '0'/'1' flags accept any other text, and a "
                    + "signed BOOLEAN (tinyint(1)) lets -1 in. MySQL only: PostgreSQL and H2 have a real boolean.",
            List.of(AlibabaPreset.EXCLUDED_TABLES), Set.of(SourceKind.SCHEMA),
            """
            CREATE TABLE t_coupon (
              id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
              is_used CHAR(1) NOT NULL DEFAULT 'N',
              is_deleted BIT(1) NOT NULL DEFAULT b'0'
            );
            """,
            """
            CREATE TABLE t_coupon (
              id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
              is_used TINYINT UNSIGNED NOT NULL DEFAULT 0 COMMENT '1 是，0 否',
              is_deleted TINYINT UNSIGNED NOT NULL DEFAULT 0 COMMENT '1 是，0 否'
            );
            """).inPreset(Preset.ALIBABA, new RuleMetadata.Translation(
            "MySQL 中表示是与否的 is_xxx 字段不是 unsigned tinyint 类型（阿里巴巴开发手册）。",
            "《阿里巴巴 Java 开发手册》（MySQL 建表规约）规定：表达是与否概念的字段必须使用 is_xxx 的方式命名，"
                    + "数据类型是 unsigned tinyint（1 表示是，0 表示否）。所有标志位同一类型，应用里就只有一种映射："
                    + "BIT(1) 在 JDBC 中随驱动设置变成字节数组或 Boolean，CHAR(1) 'Y'/'N' 和 VARCHAR '0'/'1' 能存入任意"
                    + "其他文本，有符号的 BOOLEAN（tinyint(1)）能存入 -1。仅适用于 MySQL：PostgreSQL 和 H2 有真正的 "
                    + "boolean 类型。"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        if (context.schema().dialect() != Dialect.MYSQL) {
            return;
        }
        AlibabaPreset.forEachColumn(context, (table, column) -> {
            String type = ColumnTypes.normalize(column.type());
            if (NameWords.snake(column.name()).startsWith("is_") && !type.equals("tinyint unsigned")) {
                report.accept(finding(context, table, column, type));
            }
        });
    }

    private static Finding finding(RuleContext context, Table table, Column column, String type) {
        String name = Names.unquote(column.name());
        boolean numeric = NUMERIC.matcher(type).matches();
        String message = context.language().pick(
                String.format("%s.%s says yes or no but is %s: declare it TINYINT UNSIGNED, 1 for yes and 0 for no%s.",
                        table.qualifiedName(), name, type, numeric ? "" : ", after mapping the values it holds"),
                String.format("%s.%s 表示是与否，类型却是 %s：请声明为 TINYINT UNSIGNED，1 表示是，0 表示否%s。",
                        table.qualifiedName(), name, type, numeric ? "" : "（先把现有取值转换为 1 和 0）"));
        String fix = numeric ? FixSql.mysqlModify(table, column, "TINYINT UNSIGNED", null, column.nullable()) : null;
        return new Finding(METADATA.id(), METADATA.defaultSeverity(), column.location(),
                table.qualifiedName() + "." + name, message, fix);
    }
}
