package io.github.schemaguard.source.app;

import io.github.schemaguard.model.Names;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a WHERE clause says about the rows of its target table, read from its top-level AND conjunction: a
 * conjunct under OR or NOT may be false while the statement still matches rows, so it pins nothing.
 */
final class WhereClause {

    private final Table target;
    /** With joins, an unqualified column may be another table's: only columns qualified by the target count. */
    private final boolean qualifiedOnly;
    private final Set<String> pinned = new LinkedHashSet<>();
    private final Set<String> mentioned = new LinkedHashSet<>();

    private WhereClause(Table target, boolean qualifiedOnly) {
        this.target = target;
        this.qualifiedOnly = qualifiedOnly;
    }

    static WhereClause of(Expression where, Table target, boolean qualifiedOnly) {
        WhereClause clause = new WhereClause(target, qualifiedOnly);
        if (where != null) {
            conjuncts(where).forEach(clause::read);
        }
        return clause;
    }

    /** The target's columns fixed to one value: {@code col = ?}, {@code col = 'x'}, {@code col IN (?)}. */
    List<String> pinnedColumns() {
        return List.copyOf(pinned);
    }

    /** The target's columns any conjunct mentions. */
    List<String> conditionColumns() {
        return List.copyOf(mentioned);
    }

    private static List<Expression> conjuncts(Expression expression) {
        Expression bare = unwrap(expression);
        if (bare instanceof AndExpression and) {
            List<Expression> all = new ArrayList<>(conjuncts(and.getLeftExpression()));
            all.addAll(conjuncts(and.getRightExpression()));
            return all;
        }
        return List.of(bare);
    }

    private void read(Expression conjunct) {
        columnsOf(conjunct).stream().filter(this::isTargetColumn).map(Column::getColumnName).map(Names::unquote)
                .forEach(mentioned::add);
        if (conjunct instanceof EqualsTo equals) {
            pin(equals.getLeftExpression(), equals.getRightExpression());
            pin(equals.getRightExpression(), equals.getLeftExpression());
        } else if (conjunct instanceof InExpression in && !in.isNot()
                && in.getRightExpression() instanceof ExpressionList<?> values && values.size() == 1) {
            pin(in.getLeftExpression(), values.get(0));
        }
    }

    private void pin(Expression side, Expression value) {
        if (unwrap(side) instanceof Column column && isTargetColumn(column) && isValue(value)) {
            pinned.add(Names.unquote(column.getColumnName()));
        }
    }

    private boolean isTargetColumn(Column column) {
        Table qualifier = column.getTable();
        if (qualifier == null || qualifier.getName() == null) {
            return !qualifiedOnly && !isOpaque(column);
        }
        String name = qualifier.getName();
        return Names.same(name, target.getName())
                || target.getAlias() != null && Names.same(name, target.getAlias().getName());
    }

    /** A parameter, a literal, or anything computed from them: no column of any table in it. */
    private static boolean isValue(Expression expression) {
        return columnsOf(expression).stream().allMatch(WhereClause::isOpaque);
    }

    private static boolean isOpaque(Column column) {
        return column.getColumnName().equals(DynamicSql.OPAQUE);
    }

    private static Expression unwrap(Expression expression) {
        Expression current = expression;
        while (true) {
            if (current instanceof Parenthesis parenthesis) {
                current = parenthesis.getExpression();
            } else if (current instanceof ParenthesedExpressionList<?> list && list.size() == 1
                    && !(list.get(0) instanceof ExpressionList<?>)) {
                current = list.get(0);
            } else {
                return current;
            }
        }
    }

    private static List<Column> columnsOf(Expression expression) {
        List<Column> columns = new ArrayList<>();
        expression.accept(new ExpressionVisitorAdapter<Void>() {
            @Override
            public <S> Void visit(Column column, S context) {
                columns.add(column);
                return null;
            }
        }, null);
        return columns;
    }
}
