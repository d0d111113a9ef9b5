package io.github.schemaguard.source.app;

import java.util.Locale;

/**
 * Spring Boot's default physical naming ({@code CamelCaseToUnderscoresNamingStrategy}), applied to the names
 * Hibernate derives itself (class and field names): {@code LoanOrder} becomes {@code loan_order}. Names the
 * code spells out in {@code @Table}/{@code @Column} are taken as written.
 */
final class SpringNaming {
    private SpringNaming() {
    }

    static String physicalName(String logicalName) {
        StringBuilder name = new StringBuilder(logicalName.replace('.', '_'));
        for (int i = 1; i < name.length() - 1; i++) {
            if (underscoreRequired(name.charAt(i - 1), name.charAt(i), name.charAt(i + 1))) {
                name.insert(i++, '_');
            }
        }
        return name.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean underscoreRequired(char before, char current, char after) {
        return (Character.isLowerCase(before) || Character.isDigit(before)) && Character.isUpperCase(current)
                && (Character.isLowerCase(after) || Character.isDigit(after));
    }
}
