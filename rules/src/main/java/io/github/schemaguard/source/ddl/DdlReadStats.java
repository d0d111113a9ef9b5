package io.github.schemaguard.source.ddl;

/**
 * What reading the DDL files amounted to, for the summary line.
 *
 * @param statements    every statement the splitter produced
 * @param skipped       statements not about the schema (INSERT, SET, GRANT, COPY, ...)
 * @param notUnderstood schema statements that no reader understood (each is a parse problem)
 */
public record DdlReadStats(int files, int statements, int skipped, int notUnderstood) {
}
