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
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A MySQL AUTO_INCREMENT column that is signed. Only the sign: a 32-bit id is {@code identifier-too-narrow}'s,
 * and the fix keeps the width so the two fixes combine into the manual's {@code bigint unsigned}.
 */
public final class AlibabaUnsignedAutoIncrementRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "alibaba-unsigned-auto-increment", Severity.WARNING,
            "A MySQL AUTO_INCREMENT id is signed: the manual's id is bigint unsigned (Alibaba manual).",
            "The Alibaba Java Development Manual (MySQL, table rules) declares the id column bigint unsigned. "
                    + "An auto-increment value is never negative, so a signed type spends half its range on "
                    + "values the column can never hold, and an unsigned id tells every reader (and every column "
                    + "that references it, which must have the same type) that it is a generated, positive "
                    + "identifier. MySQL only: other databases have no unsigned integers.",
            List.of(AlibabaPreset.EXCLUDED_TABLES), Set.of(SourceKind.SCHEMA),
            """
            CREATE TABLE t_order (
              id BIGINT NOT NULL AUTO_INCREMENT COMMENT '主键',
              order_no VARCHAR(32) NOT NULL,
              PRIMARY KEY (id)
            );
            """,
            """
            CREATE TABLE t_order (
              id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT COMMENT '主键',
              order_no VARCHAR(32) NOT NULL,
              PRIMARY KEY (id)
            );
            """).inPreset(Preset.ALIBABA, new RuleMetadata.Translation(
            "MySQL 自增 id 是有符号类型：手册要求 id 为 bigint unsigned（阿里巴巴开发手册）。",
            "《阿里巴巴 Java 开发手册》（MySQL 建表规约）要求 id 字段类型为 bigint unsigned。自增值不会是负数，"
                    + "有符号类型白白浪费一半取值范围；无符号的 id 也向读者（以及引用它、必须与它类型一致的列）表明"
                    + "这是一个自动生成的正整数标识。仅适用于 MySQL：其他数据库没有无符号整数。"));

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
            if (column.autoIncrement() && isSigned(column.type())) {
                report.accept(finding(context, table, column));
            }
        });
    }

    private static boolean isSigned(String type) {
        return !ColumnTypes.normalize(type).endsWith(" unsigned");
    }

    private static Finding finding(RuleContext context, Table table, Column column) {
        String name = Names.unquote(column.name());
        String type = ColumnTypes.normalize(column.type());
        String message = context.language().pick(
                String.format("%s.%s is a signed %s AUTO_INCREMENT id: declare it %s UNSIGNED (the manual's id is "
                        + "bigint unsigned), and the columns that reference it too.", table.qualifiedName(), name,
                        type, type.toUpperCase(Locale.ROOT)),
                String.format("%s.%s 是有符号的 %s 自增 id：请声明为 %s UNSIGNED（手册要求 id 为 bigint unsigned），"
                        + "引用它的列也一并修改。", table.qualifiedName(), name, type, type.toUpperCase(Locale.ROOT)));
        String fix = FixSql.mysqlModify(table, column, type.toUpperCase(Locale.ROOT) + " UNSIGNED", null, false,
                " AUTO_INCREMENT");
        return new Finding(METADATA.id(), METADATA.defaultSeverity(), column.location(),
                table.qualifiedName() + "." + name, message, fix);
    }
}
