package io.github.schemaguard.model;

import java.util.List;

/**
 * One statement of the application's SQL as the rules see it: what it does to which table, and which of
 * that table's columns it pins. Made from a MyBatis mapper element, a Java annotation or a DML file.
 *
 * @param table            the target table's name, unqualified and unquoted
 * @param pinnedColumns    the target's columns the WHERE clause fixes to one value: {@code col = ?},
 *                         {@code col = 'x'} or {@code col IN (?)} in its top-level AND conjunction (a
 *                         conjunct with OR pins nothing)
 * @param conditionColumns every target column a top-level AND conjunct of the WHERE clause mentions, in any
 *                         predicate ({@code deleted_at IS NULL} too)
 * @param insertColumns    the column list of an INSERT or REPLACE; empty when none is written (every column)
 * @param conflictColumns  PostgreSQL's {@code ON CONFLICT (cols)} target; empty when there is none or it is
 *                         written another way (an expression, {@code ON CONSTRAINT})
 * @param conflictPredicate the conflict target has a WHERE clause, so it may match a partial unique index
 * @param atMostOneRow     a SELECT that cannot return several rows whatever the data ({@code LIMIT 1}, an
 *                         aggregate without GROUP BY)
 * @param singleResult     the calling code expects at most one row
 * @param origin           what declares it: {@code namespace.id}, {@code Interface.method} or the file path
 * @param hash             a hash of the normalised statement text, for fingerprints of statements with no name
 */
public record DataStatement(Operation operation, String table, List<String> pinnedColumns,
                            List<String> conditionColumns, List<String> insertColumns, List<String> conflictColumns,
                            boolean conflictPredicate, boolean atMostOneRow, boolean singleResult, String origin,
                            Location location, String hash) {

    public DataStatement {
        pinnedColumns = List.copyOf(pinnedColumns);
        conditionColumns = List.copyOf(conditionColumns);
        insertColumns = List.copyOf(insertColumns);
        conflictColumns = List.copyOf(conflictColumns);
    }

    /** What a statement does, as far as the rules care. */
    public enum Operation {
        SELECT, SELECT_FOR_UPDATE, UPDATE, DELETE, INSERT, INSERT_ON_DUPLICATE_KEY, INSERT_IGNORE, REPLACE,
        INSERT_ON_CONFLICT
    }

    /** True when the column is among those the WHERE clause fixes to one value. */
    public boolean pins(String column) {
        return pinnedColumns.stream().anyMatch(c -> Names.same(c, column));
    }

    /**
     * Where findings about {@code column} point, stable when lines move: {@code t_order.order_no@Mapper.id}. A
     * statement with no name of its own (in a .sql file) adds its hash; a Java name loses its package.
     */
    public String objectPath(String column) {
        return table + "." + Names.unquote(column) + "@" + (origin.endsWith(".sql") ? origin + "#" + hash : shortOrigin());
    }

    /** {@code LoanOrderMapper.updatePaid} for {@code com.example.LoanOrderMapper.updatePaid}: what people call it. */
    private String shortOrigin() {
        int method = origin.lastIndexOf('.');
        int type = method < 0 ? -1 : origin.lastIndexOf('.', method - 1);
        return origin.substring(type + 1);
    }
}
