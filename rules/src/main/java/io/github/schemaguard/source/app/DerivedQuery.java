package io.github.schemaguard.source.app;

import io.github.schemaguard.source.app.EntityCatalog.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spring Data derived query method name ({@code findByOrderNoAndStatus}) read the way Spring Data's
 * {@code PartTree} reads it, for the subset whose SQL is certain: properties of the entity itself (no nested
 * paths) with the comparison operators below. {@code Or} groups and non-equality operators are rendered as they
 * are, so a rule sees exactly what pins the rows.
 *
 * @param action       what the statement does
 * @param limit        the row limit of {@code First}/{@code Top}/{@code TopN}, 0 for none
 * @param alternatives the {@code Or}-joined groups of {@code And}-joined criteria
 */
record DerivedQuery(Action action, int limit, List<List<Criterion>> alternatives) {

    enum Action { FIND, COUNT, EXISTS, DELETE }

    /** One criterion: a property with the operator its name ends with. */
    record Criterion(String property, Operator operator) {
    }

    private static final Pattern PREFIX = Pattern.compile(
            "^(find|read|get|query|search|stream|count|exists|delete|remove)(\\p{Lu}.*?)??By(?<predicate>.*)$");
    private static final Pattern LIMITED = Pattern.compile(
            "^(find|read|get|query|search|stream)(Distinct)?(First|Top)(?<limit>\\d*)(\\p{Lu}.*?)??By");
    private static final Pattern ALL_IGNORE_CASE = Pattern.compile("AllIgnor(e|ing)Case");
    private static final Pattern IGNORE_CASE = Pattern.compile("Ignor(e|ing)Case$");

    static Optional<DerivedQuery> parse(String methodName) {
        Matcher prefix = PREFIX.matcher(methodName);
        if (!prefix.matches()) {
            return Optional.empty();
        }
        String predicate = ALL_IGNORE_CASE.matcher(prefix.group("predicate")).replaceAll("");
        String[] ordered = split(predicate, "OrderBy");
        if (ordered.length == 0 || ordered[0].isEmpty()) {
            return Optional.empty();
        }
        List<List<Criterion>> alternatives = new ArrayList<>();
        for (String alternative : split(ordered[0], "Or")) {
            List<Criterion> criteria = new ArrayList<>();
            for (String part : split(alternative, "And")) {
                Optional<Criterion> criterion = criterion(part);
                if (criterion.isEmpty()) {
                    return Optional.empty();
                }
                criteria.add(criterion.get());
            }
            alternatives.add(criteria);
        }
        return Optional.of(new DerivedQuery(action(prefix.group(1)), limit(methodName), alternatives));
    }

    /**
     * Case-insensitive matching ({@code IgnoreCase}) is rendered as plain equality: it pins the same column
     * and matches at least the rows equality matches, so a column that is not unique stays not unique.
     */
    private static Optional<Criterion> criterion(String part) {
        String property = IGNORE_CASE.matcher(part).replaceAll("");
        Operator operator = Operator.of(property);
        String name = operator.strip(property);
        if (name.isEmpty() || name.contains("_")) {
            return Optional.empty();
        }
        return Optional.of(new Criterion(Character.toLowerCase(name.charAt(0)) + name.substring(1), operator));
    }

    /** The SQL of this query on {@code table}, or empty when a property has no column or no operator SQL. */
    Optional<String> toSql(Table table, boolean forUpdate) {
        List<String> groups = new ArrayList<>();
        for (List<Criterion> alternative : alternatives) {
            List<String> conditions = new ArrayList<>();
            for (Criterion criterion : alternative) {
                String column = table.columns().get(criterion.property());
                if (column == null || criterion.operator().sql() == null) {
                    return Optional.empty();
                }
                conditions.add(criterion.operator().sql().formatted(column));
            }
            groups.add(String.join(" AND ", conditions));
        }
        String where = " FROM " + table.table() + " WHERE " + String.join(" OR ", groups);
        String sql = switch (action) {
            case FIND -> "SELECT *" + where + (limit > 0 ? " LIMIT " + limit : "") + (forUpdate ? " FOR UPDATE" : "");
            case COUNT -> "SELECT COUNT(*)" + where;
            case EXISTS -> "SELECT *" + where + " LIMIT 1";
            case DELETE -> "DELETE" + where;
        };
        return Optional.of(sql);
    }

    private static Action action(String verb) {
        return switch (verb) {
            case "count" -> Action.COUNT;
            case "exists" -> Action.EXISTS;
            case "delete", "remove" -> Action.DELETE;
            default -> Action.FIND;
        };
    }

    private static int limit(String methodName) {
        Matcher limited = LIMITED.matcher(methodName);
        if (!limited.find()) {
            return 0;
        }
        String digits = limited.group("limit");
        return digits.isEmpty() ? 1 : Integer.parseInt(digits);
    }

    /** Splits at {@code keyword} where a new capitalised word follows, as Spring Data does. */
    private static String[] split(String text, String keyword) {
        return text.split(keyword + "(?=(\\p{Lu}|\\P{InBASIC_LATIN}))");
    }

    /** The comparison a criterion's name ends with, in the order Spring Data tries them. */
    enum Operator {
        IS_NOT_NULL("%s IS NOT NULL", "IsNotNull", "NotNull"),
        IS_NULL("%s IS NULL", "IsNull", "Null"),
        BETWEEN("%s BETWEEN ? AND ?", "IsBetween", "Between"),
        LESS_THAN("%s < ?", "IsLessThan", "LessThan"),
        LESS_THAN_EQUAL("%s <= ?", "IsLessThanEqual", "LessThanEqual"),
        GREATER_THAN("%s > ?", "IsGreaterThan", "GreaterThan"),
        GREATER_THAN_EQUAL("%s >= ?", "IsGreaterThanEqual", "GreaterThanEqual"),
        BEFORE("%s < ?", "IsBefore", "Before"),
        AFTER("%s > ?", "IsAfter", "After"),
        NOT_LIKE("%s NOT LIKE ?", "IsNotLike", "NotLike"),
        LIKE("%s LIKE ?", "IsLike", "Like"),
        STARTING_WITH("%s LIKE ?", "IsStartingWith", "StartingWith", "StartsWith"),
        ENDING_WITH("%s LIKE ?", "IsEndingWith", "EndingWith", "EndsWith"),
        IS_NOT_EMPTY(null, "IsNotEmpty", "NotEmpty"),
        IS_EMPTY(null, "IsEmpty", "Empty"),
        NOT_CONTAINING("%s NOT LIKE ?", "IsNotContaining", "NotContaining", "NotContains"),
        CONTAINING("%s LIKE ?", "IsContaining", "Containing", "Contains"),
        NOT_IN("%s NOT IN (?)", "IsNotIn", "NotIn"),
        IN("%s IN (?)", "IsIn", "In"),
        NEAR(null, "IsNear", "Near"),
        WITHIN(null, "IsWithin", "Within"),
        REGEX(null, "MatchesRegex", "Matches", "Regex"),
        EXISTS(null, "Exists"),
        TRUE("%s = TRUE", "IsTrue", "True"),
        FALSE("%s = FALSE", "IsFalse", "False"),
        NOT_EQUAL("%s <> ?", "IsNot", "Not"),
        EQUAL("%s = ?", "Is", "Equals");

        private final String sql;
        private final List<String> keywords;

        Operator(String sql, String... keywords) {
            this.sql = sql;
            this.keywords = List.of(keywords);
        }

        /** The SQL condition with {@code %s} for the column; null for operators with no SQL we can be sure of. */
        String sql() {
            return sql;
        }

        static Operator of(String criterion) {
            for (Operator operator : values()) {
                if (operator.keywords.stream().anyMatch(criterion::endsWith)) {
                    return operator;
                }
            }
            return EQUAL;
        }

        String strip(String criterion) {
            return keywords.stream().filter(criterion::endsWith).findFirst()
                    .map(k -> criterion.substring(0, criterion.length() - k.length())).orElse(criterion);
        }
    }
}
