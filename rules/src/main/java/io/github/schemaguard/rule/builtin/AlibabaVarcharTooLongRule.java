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
import io.github.schemaguard.rule.RuleOption;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.rule.SourceKind;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A VARCHAR longer than the manual's 5000 characters: such text belongs in a TEXT column. */
public final class AlibabaVarcharTooLongRule implements Rule {

    static final RuleOption MAX_LENGTH = new RuleOption("maxLength",
            "The longest VARCHAR length accepted", "5000");

    /** Normalized VARCHAR types with their length; NVARCHAR and CHARACTER VARYING included. */
    private static final Pattern VARCHAR = Pattern.compile("n?varchar\\((\\d+)\\)");

    private static final RuleMetadata METADATA = new RuleMetadata(
            "alibaba-varchar-too-long", Severity.WARNING,
            "A VARCHAR is longer than 5000 characters: use TEXT (Alibaba manual).",
            "The Alibaba Java Development Manual (MySQL, table rules) limits VARCHAR to 5000 characters: longer "
                    + "text goes into a TEXT column, kept in a table of its own keyed by the primary key, so it "
                    + "does not slow down the indexes of the other columns. In MySQL every VARCHAR of a row "
                    + "shares a 65,535-byte row limit (a utf8mb4 VARCHAR(16383) alone fills it), so long VARCHARs "
                    + "make later ALTER TABLEs fail, and InnoDB stores long values off the page anyway.",
            List.of(MAX_LENGTH, AlibabaPreset.EXCLUDED_TABLES), Set.of(SourceKind.SCHEMA),
            """
            CREATE TABLE t_article (
              id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
              title VARCHAR(200) NOT NULL,
              content VARCHAR(20000) NOT NULL
            );
            """,
            """
            CREATE TABLE t_article (
              id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
              title VARCHAR(200) NOT NULL
            );
            CREATE TABLE t_article_content (
              article_id BIGINT UNSIGNED NOT NULL PRIMARY KEY,
              content TEXT NOT NULL
            );
            """).inPreset(Preset.ALIBABA, new RuleMetadata.Translation(
            "VARCHAR 长度超过 5000：请使用 TEXT（阿里巴巴开发手册）。",
            "《阿里巴巴 Java 开发手册》（MySQL 建表规约）规定：varchar 是可变长字符串，长度不要超过 5000，如果存储"
                    + "长度大于此值，定义字段类型为 text，独立出来一张表，用主键来对应，避免影响其它字段索引效率。"
                    + "MySQL 中一行所有 VARCHAR 共用 65,535 字节的行长度上限（utf8mb4 的 VARCHAR(16383) 一个字段就占满），"
                    + "过长的 VARCHAR 会让以后的 ALTER TABLE 失败，InnoDB 也会把长值存到页外。"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        long maxLength = Long.parseLong(context.options().value(MAX_LENGTH.name()).trim());
        AlibabaPreset.forEachColumn(context, (table, column) -> {
            Matcher varchar = VARCHAR.matcher(ColumnTypes.normalize(column.type()));
            if (varchar.matches() && Long.parseLong(varchar.group(1)) > maxLength) {
                report.accept(finding(context, table, column, varchar.group(1), maxLength));
            }
        });
    }

    private static Finding finding(RuleContext context, Table table, Column column, String length, long maxLength) {
        String name = Names.unquote(column.name());
        String message = context.language().pick(
                String.format("%s.%s is VARCHAR(%s), longer than %d: declare it TEXT, in a table of its own keyed by "
                        + "the primary key.", table.qualifiedName(), name, length, maxLength),
                String.format("%s.%s 是 VARCHAR(%s)，长度超过 %d：请定义为 TEXT，独立出来一张表，用主键来对应。",
                        table.qualifiedName(), name, length, maxLength));
        return new Finding(METADATA.id(), METADATA.defaultSeverity(), column.location(),
                table.qualifiedName() + "." + name, message, fix(context.schema().dialect(), table, column));
    }

    /**
     * Changing the type in place is the first step; MySQL gives TEXT no literal default and indexes it only by
     * prefix, so a column with either gets no automatic fix there.
     */
    private static String fix(Dialect dialect, Table table, Column column) {
        if (dialect != Dialect.MYSQL) {
            return "ALTER TABLE " + FixSql.table(dialect, table) + " ALTER COLUMN " + dialect.identifier(Names.unquote(column.name()))
                    + " TYPE text;";
        }
        boolean indexed = table.keys().stream().anyMatch(k -> k.coversColumn(column.name()))
                || table.primaryKeyOptional().filter(k -> k.coversColumn(column.name())).isPresent();
        return indexed || column.defaultExpression() != null ? null
                : FixSql.mysqlModify(table, column, "TEXT", column.collation(), column.nullable());
    }
}
