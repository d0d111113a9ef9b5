package io.github.schemaguard.source.ddl;

/**
 * What reading the DDL files amounted to, for the summary line, and how much application SQL was read besides.
 *
 * @param statements            every statement the splitter produced
 * @param skipped               statements not about the schema (INSERT, SET, GRANT, COPY, ...)
 * @param notUnderstood         schema statements that no reader understood (each is a parse problem)
 * @param applicationFiles      mapper XML and DML files read
 * @param applicationStatements the application SQL statements found in them
 */
public record DdlReadStats(int files, int statements, int skipped, int notUnderstood, int applicationFiles,
                           int applicationStatements) {

    /** DDL files alone. */
    public DdlReadStats(int files, int statements, int skipped, int notUnderstood) {
        this(files, statements, skipped, notUnderstood, 0, 0);
    }

    /** Two sources' reading together. */
    public DdlReadStats plus(DdlReadStats other) {
        return new DdlReadStats(files + other.files, statements + other.statements, skipped + other.skipped,
                notUnderstood + other.notUnderstood, applicationFiles + other.applicationFiles,
                applicationStatements + other.applicationStatements);
    }

    public DdlReadStats withApplicationSql(int filesRead, int statementsRead) {
        return new DdlReadStats(files, statements, skipped, notUnderstood, filesRead, statementsRead);
    }
}
