package io.github.schemaguard.source.data;

/**
 * Values as a finding quotes them: cut to a readable length and, when asked, masked, since business keys
 * can be personal data (phone numbers, ID card numbers) and reports travel further than the database.
 */
final class ExampleValues {

    static final int MAX_LENGTH = 32;
    /** Characters left visible at each end of a masked value: enough to tell values apart in a report. */
    private static final int VISIBLE = 2;

    private ExampleValues() {
    }

    static String render(String value, boolean mask) {
        String shown = mask ? mask(value) : value;
        return shown.length() <= MAX_LENGTH ? shown : shown.substring(0, MAX_LENGTH) + "...";
    }

    private static String mask(String value) {
        if (value.length() <= 2 * VISIBLE) {
            return "*".repeat(value.length());
        }
        return value.substring(0, VISIBLE) + "*".repeat(value.length() - 2 * VISIBLE)
                + value.substring(value.length() - VISIBLE);
    }
}
