package io.github.schemaguard.rule;

/**
 * What a rule's object paths name, so reports can group findings by table without guessing
 * whether {@code public.events} is a schema-qualified table or a table's column.
 */
public enum FindingSubject {
    /** A column, key or index: {@code [schema.]table.part}, where the part may be a {@code (column, list)}. */
    TABLE_PART,
    /** The table itself: {@code [schema.]table}. */
    TABLE,
    /** A statement or comment in a file, not a schema object: {@code file:...}. */
    FILE,
    /** An application statement about a table's columns: {@code [schema.]table.part@origin}. */
    STATEMENT;

    /** The table a path of this kind belongs to; for {@link #FILE} paths there is none (empty). */
    public String table(String objectPath) {
        return switch (this) {
            case TABLE -> objectPath;
            case FILE -> "";
            case STATEMENT -> TABLE_PART.table(objectPath.substring(0, objectPath.lastIndexOf('@') < 0
                    ? objectPath.length() : objectPath.lastIndexOf('@')));
            case TABLE_PART -> {
                int end = objectPath.endsWith(")") ? objectPath.lastIndexOf(".(") : objectPath.lastIndexOf('.');
                yield end < 0 ? objectPath : objectPath.substring(0, end);
            }
        };
    }
}
