package io.github.schemaguard.model;

/**
 * A primary key, unique constraint or unique index that a migration dropped from a table that still exists at
 * the end. The final schema alone cannot tell that a key was lost, so the DDL reader remembers each drop.
 *
 * @param table    the table as it is after all migrations
 * @param key      the key as it was when dropped (a dropped column's key holds just that column)
 * @param location the dropping statement
 */
public record DroppedKey(Table table, Key key, Location location) {
}
