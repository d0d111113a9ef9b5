package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Schema;
import io.github.schemaguard.source.ParseProblem;

import java.util.List;

/** The schema after all DDL files were applied, with what could not be read. */
public record DdlReadResult(Schema schema, DdlReadStats stats, List<ParseProblem> problems) {

    public DdlReadResult {
        problems = List.copyOf(problems);
    }
}
