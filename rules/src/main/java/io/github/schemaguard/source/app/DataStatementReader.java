package io.github.schemaguard.source.app;

import io.github.schemaguard.model.DataStatement;
import io.github.schemaguard.model.DataStatement.Operation;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Names;
import io.github.schemaguard.model.TextHash;
import io.github.schemaguard.source.ParseProblem;
import io.github.schemaguard.source.ddl.SqlText;
import io.github.schemaguard.source.ddl.StatementParser;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.insert.InsertConflictTarget;
import net.sf.jsqlparser.statement.select.ForMode;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;
import net.sf.jsqlparser.statement.upsert.Upsert;
import net.sf.jsqlparser.statement.upsert.UpsertType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses application SQL with JSqlParser into the model's {@link DataStatement}s, so rules never see parser
 * types. Statements of other kinds (CALL, DDL) are passed over; one that does not parse is a problem at its
 * declaration, and reading goes on.
 *
 * @param statements what the rules check, in reading order
 * @param problems   statements that could not be parsed
 */
public record DataStatementReader(List<DataStatement> statements, List<ParseProblem> problems) {

    private static final Set<String> AGGREGATES = Set.of("count", "sum", "min", "max", "avg", "group_concat",
            "string_agg", "array_agg", "bool_and", "bool_or", "every");

    /** A {@code ${...}} right after a value, a closing parenthesis or a name (not a keyword): no name fits there. */
    private static final Pattern CLAUSE_SPLICE = Pattern.compile("(?<=['?)\\w])(?<!\\b(?i:and|or|not|where|by|"
            + "select|from|set|on|join|in|is|when|then|else|having|distinct|into|update|values|limit|offset))\\s+"
            + DynamicSql.OPAQUE + "\\b");

    private static final Pattern PARSER_POSITION = Pattern.compile(
            ",? at line \\d+, column \\d+|,? in lexical state \\w+\\.?");

    public DataStatementReader {
        statements = List.copyOf(statements);
        problems = List.copyOf(problems);
    }

    public static DataStatementReader read(List<ApplicationSql> sources, Dialect dialect) {
        List<DataStatement> statements = new ArrayList<>();
        List<ParseProblem> problems = new ArrayList<>();
        try (StatementParser parser = new StatementParser(StatementParser.DEFAULT_TIMEOUT_MILLIS,
                dialect == Dialect.MYSQL)) {
            Map<String, ParseProblem> failed = new LinkedHashMap<>();
            Set<String> parsed = new HashSet<>();
            for (ApplicationSql source : sources) {
                String declaration = source.origin() + "@" + source.location().render();
                try {
                    Statement statement = parse(parser, source.sql());
                    parsed.add(declaration);
                    model(statement, source).ifPresent(statements::add);
                } catch (JSQLParserException e) {
                    failed.putIfAbsent(declaration, new ParseProblem(source.location(),
                            cause(e) + " in " + source.origin(), SqlText.excerpt(source.sql())));
                }
            }
            // A statement is not understood when no variant of it parses; a <choose> branch that makes
            // no sense on its own (MyBatis Generator's "${condition} #{value}") only narrows what is checked.
            failed.forEach((declaration, problem) -> {
                if (!parsed.contains(declaration)) {
                    problems.add(problem);
                }
            });
        }
        return new DataStatementReader(statements, problems);
    }

    /**
     * A {@code ${...}} that splices in a whole clause after a complete one (RuoYi's data-permission filter
     * {@code AND del_flag = '0' ${params.dataScope}}, MyBatis-Plus's {@code FROM t AS o ${ew.customSqlSegment}})
     * leaves the parser no place for it, so a statement that fails is read again without such splices; when that
     * fails too, the first error stands.
     */
    private static Statement parse(StatementParser parser, String sql) throws JSQLParserException {
        try {
            return parser.parse(sql);
        } catch (JSQLParserException e) {
            String withoutSplices = CLAUSE_SPLICE.matcher(sql).replaceAll(" ");
            if (withoutSplices.equals(sql)) {
                throw e;
            }
            try {
                return parser.parse(withoutSplices);
            } catch (JSQLParserException again) {
                throw e;
            }
        }
    }

    /**
     * The parser's message without its position: that is a position in the flattened statement, which
     * matches no line of a mapper file.
     */
    private static String cause(JSQLParserException e) {
        return PARSER_POSITION.matcher(SqlText.firstLine(e.getMessage())).replaceAll("").strip();
    }

    private static Optional<DataStatement> model(Statement statement, ApplicationSql source) {
        Builder builder = new Builder(source, TextHash.of(statement.toString()));
        if (statement instanceof Update update) {
            return builder.where(Operation.UPDATE, update.getTable(), update.getWhere(), hasJoins(update.getJoins())
                    || hasJoins(update.getStartJoins()) || update.getFromItem() != null);
        }
        if (statement instanceof Delete delete) {
            return builder.where(Operation.DELETE, delete.getTable(), delete.getWhere(),
                    hasJoins(delete.getJoins()) || hasJoins(delete.getUsingFromItemList()));
        }
        if (statement instanceof PlainSelect select && select.getFromItem() instanceof Table table) {
            boolean forUpdate = select.getForMode() == ForMode.UPDATE || select.getForMode() == ForMode.NO_KEY_UPDATE;
            builder.atMostOneRow = isAtMostOneRow(select);
            return builder.where(forUpdate ? Operation.SELECT_FOR_UPDATE : Operation.SELECT, table, select.getWhere(),
                    hasJoins(select.getJoins()));
        }
        if (statement instanceof Insert insert) {
            return Optional.of(insert(builder, insert));
        }
        if (statement instanceof Upsert upsert && (upsert.getUpsertType() == UpsertType.REPLACE
                || upsert.getUpsertType() == UpsertType.REPLACE_SET)) {
            builder.insertColumns = upsert.getColumns() != null ? names(upsert.getColumns())
                    : setColumns(upsert.getUpdateSets());
            return Optional.of(builder.build(Operation.REPLACE, upsert.getTable()));
        }
        return Optional.empty();
    }

    private static DataStatement insert(Builder builder, Insert insert) {
        builder.insertColumns = insert.getColumns() != null ? names(insert.getColumns())
                : setColumns(insert.getSetUpdateSets());
        InsertConflictTarget conflict = insert.getConflictTarget();
        if (conflict != null) {
            if (conflict.getIndexExpression() == null && conflict.getConstraintName() == null) {
                builder.conflictColumns = conflict.getIndexColumnNames().stream().map(Names::unquote).toList();
            }
            builder.conflictPredicate = conflict.getWhereExpression() != null;
            return builder.build(Operation.INSERT_ON_CONFLICT, insert.getTable());
        }
        if (insert.isUseDuplicate()) {
            return builder.build(Operation.INSERT_ON_DUPLICATE_KEY, insert.getTable());
        }
        return builder.build(insert.isModifierIgnore() ? Operation.INSERT_IGNORE : Operation.INSERT, insert.getTable());
    }

    /** {@code LIMIT 1}, {@code FETCH FIRST 1 ROW ONLY}, or aggregates alone without GROUP BY. */
    private static boolean isAtMostOneRow(PlainSelect select) {
        if (select.getLimit() != null && select.getLimit().getRowCount() instanceof LongValue count
                && count.getValue() <= 1 || select.getFetch() != null && select.getFetch().getRowCount() == 1) {
            return true;
        }
        return select.getGroupBy() == null && select.getSelectItems().stream().map(SelectItem::getExpression)
                .allMatch(e -> e instanceof Function f && f.getName() != null
                        && AGGREGATES.contains(f.getName().toLowerCase(Locale.ROOT)));
    }

    private static boolean hasJoins(List<?> joins) {
        return joins != null && !joins.isEmpty();
    }

    private static List<String> names(List<Column> columns) {
        return columns.stream().map(c -> Names.unquote(c.getColumnName())).toList();
    }

    private static List<String> setColumns(List<UpdateSet> sets) {
        return sets == null ? List.of() : sets.stream().flatMap(s -> names(s.getColumns()).stream()).toList();
    }

    /** Collects the parts of one statement's model. */
    private static final class Builder {
        private final ApplicationSql source;
        private final String hash;
        private WhereClause where = WhereClause.of(null, null, false);
        private List<String> insertColumns = List.of();
        private List<String> conflictColumns = List.of();
        private boolean conflictPredicate;
        private boolean atMostOneRow;

        Builder(ApplicationSql source, String hash) {
            this.source = source;
            this.hash = hash;
        }

        Optional<DataStatement> where(Operation operation, Table table, Expression condition, boolean joined) {
            where = WhereClause.of(condition, table, joined);
            return Optional.of(build(operation, table));
        }

        DataStatement build(Operation operation, Table table) {
            return new DataStatement(operation, Names.unquote(table.getName()), where.pinnedColumns(),
                    where.conditionColumns(), insertColumns, conflictColumns, conflictPredicate, atMostOneRow,
                    source.singleResult(), source.origin(), source.location(), hash);
        }
    }
}
