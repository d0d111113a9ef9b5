package io.github.schemaguard.source.app;

import io.github.schemaguard.model.Location;

import java.util.Optional;

/**
 * SQL found in one file, ready or waiting for what only all files together tell: JPQL needs the entities'
 * tables and columns, a derived finder also its repository's entity.
 */
sealed interface SqlCandidate {

    Optional<ApplicationSql> resolve(EntityCatalog entities, RepositoryCatalog repositories);

    /** SQL the annotation holds as it is (MyBatis, native queries). */
    record Ready(ApplicationSql sql) implements SqlCandidate {
        @Override
        public Optional<ApplicationSql> resolve(EntityCatalog entities, RepositoryCatalog repositories) {
            return Optional.of(sql);
        }
    }

    /**
     * A Spring Data JPA {@code @Query} in JPQL.
     *
     * @param singleResult the method returns at most one row, which matters only if the query is a SELECT
     * @param forUpdate    the method has a pessimistic write {@code @Lock}
     */
    record Jpql(String jpql, Location location, String origin, boolean singleResult, boolean forUpdate)
            implements SqlCandidate {
        @Override
        public Optional<ApplicationSql> resolve(EntityCatalog entities, RepositoryCatalog repositories) {
            return JpqlTranslator.toSql(jpql, entities).map(sql -> {
                boolean select = sql.stripLeading().regionMatches(true, 0, "select", 0, 6);
                String locked = select && forUpdate ? sql + " FOR UPDATE" : sql;
                return new ApplicationSql(locked, location, origin, select && singleResult);
            });
        }
    }

    /**
     * A Spring Data derived query method of the interface {@code repository}.
     *
     * @param returnsOneRow the return type holds at most one row (the query's own limit aside)
     */
    record Derived(String repository, DerivedQuery query, Location location, String origin, boolean returnsOneRow,
                   boolean forUpdate) implements SqlCandidate {
        @Override
        public Optional<ApplicationSql> resolve(EntityCatalog entities, RepositoryCatalog repositories) {
            return repositories.entityOf(repository).flatMap(entities::byType)
                    .flatMap(table -> query.toSql(table, forUpdate))
                    .map(sql -> new ApplicationSql(sql, location, origin, assumesOneRow()));
        }

        /**
         * A finder returning one entity expects the criteria to match one row. {@code findFirst}/{@code findTop}
         * asks for the first of many on purpose, so it assumes nothing; counts and exists checks neither.
         */
        private boolean assumesOneRow() {
            return returnsOneRow && query.action() == DerivedQuery.Action.FIND && query.limit() == 0;
        }
    }
}
