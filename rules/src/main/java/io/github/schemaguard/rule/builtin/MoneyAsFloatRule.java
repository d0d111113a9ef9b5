package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Table;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.rule.RuleContext;
import io.github.schemaguard.rule.RuleMetadata;
import io.github.schemaguard.rule.RuleOption;
import io.github.schemaguard.rule.RuleOptions;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.rule.SourceKind;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** A column that holds money declared with a binary floating-point type. */
public final class MoneyAsFloatRule implements Rule {

    static final RuleOption MONEY_WORDS = new RuleOption("moneyWords",
            "Words that make a column hold money when its name ends with one (price, unit_price, totalAmount; "
                    + "not price_ratio or total_count)",
            "amount,amt,price,balance,fee,total,cost,money,salary,wage,payment,income,revenue,refund,deposit");
    static final RuleOption NOT_MONEY_WORDS = new RuleOption("notMoneyWords",
            "Words that make a name a measure of something else even beside a money word: time_cost is a "
                    + "duration, points_balance counts points, price_rate is a ratio",
            "rate,ratio,percent,percentage,pct,factor,count,num,number,qty,quantity,times,time,duration,ms,"
                    + "millis,seconds,secs,minutes,hours,days,weight,score,rating,point,points,distance,size,length,"
                    + "level,"
                    + "version,lat,lng,latitude,longitude");
    static final RuleOption MONEY_COMMENT_WORDS = new RuleOption("moneyCommentWords",
            "Text in a column comment that says the column holds money", "金额,价格,余额,费用,单价,总价,工资,薪资");
    static final RuleOption NOT_MONEY_COMMENT_WORDS = new RuleOption("notMoneyCommentWords",
            "Text in a column comment that says the column measures something else, whatever its name (费率, "
                    + "金额比例, 耗时, 数量 on a quantity named amount)",
            "率,比例,百分比,系数,数量,次数,耗时,时长,评分,分数,指数,权重,重量");
    static final RuleOption PRECISION = new RuleOption("precision",
            "Total digits of the exact type the fix proposes", "19");
    static final RuleOption SCALE = new RuleOption("scale",
            "Digits after the decimal point of the exact type the fix proposes", "4");

    /** Binary floating-point types of MySQL, PostgreSQL and H2, as declared (lower-cased). */
    private static final Pattern FLOAT_TYPE = Pattern.compile(
            "(float|float4|float8|double|double precision|real|binary_float|binary_double)(\\s*\\(.*)?(\\s+unsigned)?");

    private static final RuleMetadata METADATA = new RuleMetadata(
            "money-as-float", Severity.ERROR,
            "A column that holds money (amount, price, balance, fee, 金额) is FLOAT, DOUBLE or REAL.",
            "Binary floating point cannot hold most decimal fractions: 0.1 is stored as 0.1000000000000000055..., "
                    + "so sums drift by fractions of a cent, 0.1 + 0.2 <> 0.3, and a balance that should be zero "
                    + "is 1.4E-17. Ledgers then fail to reconcile, equality checks on amounts miss, and rounding "
                    + "differs between the database and the application. FLOAT keeps only about 7 significant "
                    + "digits, so 123456.78 already changes. DECIMAL/NUMERIC stores exactly the digits written. "
                    + "A column counts as money when the last word of its name is a money word (price, "
                    + "unit_price, totalAmount) and no word says it measures something else (price_ratio, "
                    + "total_count, time_cost), or when its comment says so (金额, 价格, 余额, 费用).",
            List.of(MONEY_WORDS, NOT_MONEY_WORDS, MONEY_COMMENT_WORDS, NOT_MONEY_COMMENT_WORDS, PRECISION,
                    SCALE),
            Set.of(SourceKind.SCHEMA),
            """
            CREATE TABLE t_order (
              id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
              pay_amount DOUBLE NOT NULL COMMENT '支付金额'
            );
            """,
            """
            CREATE TABLE t_order (
              id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
              pay_amount DECIMAL(19,4) NOT NULL COMMENT '支付金额',
              discount_rate DOUBLE COMMENT '折扣率'
            );
            """);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        MoneyColumns money = new MoneyColumns(context.options());
        String decimal = context.options().value(PRECISION.name()) + "," + context.options().value(SCALE.name());
        Dialect dialect = context.schema().dialect();
        for (Table table : context.schema().tablesWithoutPartitions()) {
            for (Column column : table.columns()) {
                if (isFloat(column.type()) && money.holdsMoney(column)) {
                    report.accept(new Finding(METADATA.id(), METADATA.defaultSeverity(), column.location(),
                            table.qualifiedName() + "." + column.name(),
                            "Column " + table.qualifiedName() + "." + column.name() + " holds money but is "
                                    + column.type() + ": binary floating point cannot store most decimal amounts "
                                    + "exactly, so sums drift and equal amounts compare unequal. Use DECIMAL/NUMERIC.",
                            fix(dialect, table, column, decimal)));
                }
            }
        }
    }

    private static boolean isFloat(String type) {
        return type != null && FLOAT_TYPE.matcher(type.toLowerCase(Locale.ROOT).trim()).matches();
    }

    /**
     * MySQL's MODIFY restates the whole column, so NOT NULL, the default and the comment are repeated; PostgreSQL's
     * ALTER COLUMN TYPE keeps them. Floats convert to the exact type without losing the digits they hold.
     */
    private static String fix(Dialect dialect, Table table, Column column, String decimal) {
        String tableName = FixSql.table(dialect, table);
        String columnName = dialect.identifier(column.name());
        if (dialect != Dialect.MYSQL) {
            return "ALTER TABLE " + tableName + " ALTER COLUMN " + columnName + " TYPE numeric(" + decimal + ");";
        }
        StringBuilder sql = new StringBuilder("ALTER TABLE ").append(tableName).append(" MODIFY COLUMN ")
                .append(columnName).append(" DECIMAL(").append(decimal).append(")");
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        if (column.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(column.defaultExpression());
        }
        if (column.comment() != null) {
            sql.append(" COMMENT '").append(column.comment().replace("\\", "\\\\").replace("'", "''")).append("'");
        }
        return sql.append(";").toString();
    }

    /** Which columns hold money, by the words of their names and comments. */
    private static final class MoneyColumns {
        private final Set<String> moneyWords;
        private final Set<String> notMoneyWords;
        private final List<String> moneyCommentWords;
        private final List<String> notMoneyCommentWords;

        MoneyColumns(RuleOptions options) {
            moneyWords = Set.copyOf(lowerCase(options.list(MONEY_WORDS.name())));
            notMoneyWords = Set.copyOf(lowerCase(options.list(NOT_MONEY_WORDS.name())));
            moneyCommentWords = lowerCase(options.list(MONEY_COMMENT_WORDS.name()));
            notMoneyCommentWords = lowerCase(options.list(NOT_MONEY_COMMENT_WORDS.name()));
        }

        /**
         * A measure word in the name or the comment wins over a money word: Chinese schemas often name a quantity
         * {@code amount} and say {@code 数量} in the comment.
         */
        boolean holdsMoney(Column column) {
            List<String> words = NameWords.of(column.name());
            String comment = column.comment() == null ? "" : column.comment().toLowerCase(Locale.ROOT);
            if (words.isEmpty() || words.stream().anyMatch(notMoneyWords::contains)
                    || notMoneyCommentWords.stream().anyMatch(comment::contains)) {
                return false;
            }
            String last = words.get(words.size() - 1);
            return moneyWords.contains(last) || moneyWords.contains(NameWords.singular(last))
                    || moneyCommentWords.stream().anyMatch(comment::contains);
        }

        private static List<String> lowerCase(List<String> words) {
            return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        }
    }
}
