package io.github.schemaguard.model;

/** How a key or index was declared; everything but {@link #INDEX} enforces uniqueness. */
public enum KeyKind {
    PRIMARY_KEY, UNIQUE_CONSTRAINT, UNIQUE_INDEX, INDEX;

    public boolean isUnique() {
        return this != INDEX;
    }
}
