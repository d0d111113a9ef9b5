package io.github.schemaguard.model;

/**
 * A table column as the rules see it.
 *
 * @param type                the declared type as written, e.g. {@code varchar(32)}
 * @param defaultExpression   the DEFAULT expression text, or {@code null}
 * @param generatedExpression the expression of a generated/computed column, or {@code null}
 * @param autoIncrement       AUTO_INCREMENT, IDENTITY, SERIAL/BIGSERIAL or a sequence default
 * @param comment             the column comment, or {@code null}
 */
public record Column(String name, String type, boolean nullable, String defaultExpression,
                     String generatedExpression, boolean autoIncrement, String comment,
                     Location location) {

    public boolean hasName(String other) {
        return Names.same(name, other);
    }
}
