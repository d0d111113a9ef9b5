package io.github.schemaguard.rule;

/** The inputs a rule needs; the engine skips a rule whose inputs the build does not configure. */
public enum SourceKind {
    SCHEMA, STATEMENTS, DATA
}
