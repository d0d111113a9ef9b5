package io.github.schemaguard.source.app;

import io.github.schemaguard.model.Location;

/**
 * One SQL statement as application code holds it, before it is parsed: the text of a MyBatis
 * mapper element, a {@code @Update}/{@code @Query} annotation, a derived Spring Data finder
 * rendered as SQL, or a DML statement in a {@code .sql} file.
 *
 * @param sql          the statement text, dynamic SQL already flattened; {@code #{..}} as {@code ?}
 * @param location     where the statement is declared (mapper element, annotation or method)
 * @param origin       what declares it, for messages and fingerprints: {@code namespace.id} for a
 *                     mapper element, {@code fully.qualified.Interface.method} for Java
 * @param singleResult the calling code expects at most one row (a method returning an entity or
 *                     {@code Optional}, MyBatis {@code selectOne})
 */
public record ApplicationSql(String sql, Location location, String origin, boolean singleResult) {

    /** The same statement, with what the calling code expects learned from elsewhere (a mapper interface). */
    public ApplicationSql withSingleResult(boolean single) {
        return new ApplicationSql(sql, location, origin, single);
    }
}
