package io.github.schemaguard.model;

/**
 * A table column as the rules see it.
 *
 * @param type                the declared type as written, e.g. {@code varchar(32)}
 * @param collation           the collation declared for the column or, for MySQL text columns, its table's
 *                            default ({@code utf8mb4_bin}, {@code "C"}); {@code null} when none is declared
 * @param defaultExpression   the DEFAULT expression text, or {@code null}
 * @param generatedExpression the expression of a generated/computed column, or {@code null}
 * @param autoIncrement       AUTO_INCREMENT, IDENTITY, SERIAL/BIGSERIAL or a sequence default
 * @param comment             the column comment, or {@code null}
 */
public record Column(String name, String type, String collation, boolean nullable, String defaultExpression,
                     String generatedExpression, boolean autoIncrement, String comment,
                     Location location) {

    public boolean hasName(String other) {
        return Names.same(name, other);
    }
}
