package io.github.schemaguard.rule.data;

import java.util.List;

/**
 * Key values held by more than one row.
 *
 * @param values   distinct values held by more than one row
 * @param rows     rows holding one of them
 * @param examples the most frequent values, rendered for a message (truncated, masked if asked), with their counts
 * @param read     which rows were counted
 */
public record DuplicateValues(long values, long rows, List<Example> examples, RowsRead read) {

    public DuplicateValues {
        examples = List.copyOf(examples);
    }

    /** One duplicated value as a message shows it, and how many rows hold it. */
    public record Example(String value, long rows) {
    }
}
