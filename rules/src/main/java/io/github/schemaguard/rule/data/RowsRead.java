package io.github.schemaguard.rule.data;

import java.util.Locale;

/**
 * Which rows a figure comes from, so a finding can say when it rests on a sample.
 *
 * @param rows       rows read
 * @param sampling   how the sample was drawn ({@code "TABLESAMPLE SYSTEM 0.4%"}, {@code "most recent by id"}),
 *                   or {@code null} when the whole table was read
 * @param countScale multiply a count of sampled rows in one period of time by this to estimate the table's:
 *                   1 for whole tables and for a run of the most recent rows (whose days are complete)
 */
public record RowsRead(long rows, String sampling, double countScale) {

    public static RowsRead all(long rows) {
        return new RowsRead(rows, null, 1);
    }

    public boolean sampled() {
        return sampling != null;
    }

    /** {@code all 34 rows} or {@code a sample of 10,000 rows (TABLESAMPLE SYSTEM 0.4%)}. */
    public String describe() {
        String counted = String.format(Locale.ROOT, "%,d row%s", rows, rows == 1 ? "" : "s");
        return sampled() ? "a sample of " + counted + " (" + sampling + ")" : "all " + counted;
    }
}
