package io.github.schemaguard.rule.data;

import java.util.List;

/** Non-null values of one column, as stored, and which rows they come from. */
public record ValueSample(List<String> values, RowsRead read) {

    public ValueSample {
        values = List.copyOf(values);
    }
}
