package io.github.schemaguard.rule.data;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.Table;

import java.util.List;

/**
 * What data rules may ask of a live database's rows, in the project's own terms: rules never see JDBC.
 * Answers are bounded (sampled on large tables, limited by a statement timeout and a time budget) and say
 * so; a question that could not be answered comes back skipped, with the reason.
 */
public interface TableData {

    ProbeSettings settings();

    /** The values of {@code keyColumns} (together) that more than one row holds; rows with a NULL part are left out. */
    ProbeResult<DuplicateValues> duplicates(Table table, List<Column> keyColumns);

    /** Non-null values of {@code column}: every row's on small tables, a sample on large ones. */
    ProbeResult<ValueSample> values(Table table, Column column);
}
