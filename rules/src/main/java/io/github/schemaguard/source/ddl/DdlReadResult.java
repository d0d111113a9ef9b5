package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Schema;
import io.github.schemaguard.source.ParseProblem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema after all DDL files were applied, with what could not be read.
 *
 * @param contents each readable file's text by its reported path, in reading order, so later steps (the
 *                 suppression comments) need not read the files again
 */
public record DdlReadResult(Schema schema, DdlReadStats stats, List<ParseProblem> problems,
                            Map<String, String> contents) {

    public DdlReadResult {
        problems = List.copyOf(problems);
        contents = Collections.unmodifiableMap(new LinkedHashMap<>(contents));
    }
}
