package io.github.schemaguard.source.ddl;

/** Whether a statement shapes the schema model or is counted and passed over. */
public enum StatementKind {
    /** CREATE/ALTER/DROP TABLE, CREATE/DROP INDEX, CREATE TRIGGER, RENAME TABLE, COMMENT ON TABLE/COLUMN. */
    SCHEMA,
    /** Data, session settings, privileges, views, routines, client commands and the like. */
    SKIPPED
}
