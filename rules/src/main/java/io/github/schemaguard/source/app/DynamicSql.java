package io.github.schemaguard.source.app;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Flattens a MyBatis statement element to one plain SQL text, conservatively: every {@code <if>} body is
 * included (a key the code may leave out still counts as given), {@code <where>}, {@code <set>} and
 * {@code <trim>} add their keyword and drop the dangling AND, OR or comma as MyBatis does, {@code <foreach>}
 * is written once, {@code <include>} takes the {@code <sql>} fragment with its {@code <property>} values, and
 * {@code <bind>} and {@code <selectKey>} are left out. A {@code <choose>} contributes one branch: variant
 * {@code n} of the statement takes each choose's n-th branch (its last when it has fewer), so that every
 * branch is checked in some variant. {@code #{...}} becomes {@code ?} and {@code ${...}} an opaque name that
 * still parses wherever a name or value may stand.
 */
final class DynamicSql {

    /** Stands for text only known at run time ({@code ${...}}, a fragment of another file). */
    static final String OPAQUE = "schemaguard_dynamic";

    private static final Pattern BIND_PARAMETER = Pattern.compile("#\\{[^}]*}");
    private static final Pattern TEXT_PARAMETER = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern BLANK_START = Pattern.compile("^\\s+");

    private final Function<String, XmlNode.Element> fragments;
    private final int variant;
    private int variants = 1;

    /**
     * @param fragments the {@code <sql>} element a refid names, or {@code null} when it is unknown
     * @param variant   which branch each {@code <choose>} takes
     */
    private DynamicSql(Function<String, XmlNode.Element> fragments, int variant) {
        this.fragments = fragments;
        this.variant = variant;
    }

    /** Every variant of the statement's SQL: one per branch of its widest {@code <choose>}, at most {@code limit}. */
    static List<String> variants(XmlNode.Element statement, Function<String, XmlNode.Element> fragments, int limit) {
        DynamicSql first = new DynamicSql(fragments, 0);
        String firstText = first.flatten(statement);
        return Stream.concat(Stream.of(firstText),
                IntStream.range(1, Math.min(first.variants, limit))
                        .mapToObj(v -> new DynamicSql(fragments, v).flatten(statement))).toList();
    }

    private String flatten(XmlNode.Element statement) {
        return TEXT_PARAMETER.matcher(children(statement, Map.of())).replaceAll(OPAQUE).strip();
    }

    private String children(XmlNode.Element element, Map<String, String> properties) {
        StringBuilder sql = new StringBuilder();
        for (XmlNode child : element.children()) {
            if (child instanceof XmlNode.Text text) {
                sql.append(text(text.text(), properties));
            } else {
                sql.append(' ').append(element((XmlNode.Element) child, properties)).append(' ');
            }
        }
        return sql.toString();
    }

    private String element(XmlNode.Element element, Map<String, String> properties) {
        return switch (element.name()) {
            case "where" -> trim(children(element, properties), "WHERE", null, "AND |OR ", null);
            case "set" -> trim(children(element, properties), "SET", null, ",", ",");
            case "trim" -> trim(children(element, properties), element.attribute("prefix"),
                    element.attribute("suffix"), element.attribute("prefixOverrides"),
                    element.attribute("suffixOverrides"));
            case "foreach" -> nullToEmpty(element.attribute("open")) + children(element, properties)
                    + nullToEmpty(element.attribute("close"));
            case "choose" -> choose(element, properties);
            case "include" -> include(element, properties);
            case "bind", "selectKey", "property" -> "";
            default -> children(element, properties);
        };
    }

    private String choose(XmlNode.Element choose, Map<String, String> properties) {
        List<XmlNode.Element> branches = choose.elements().stream()
                .filter(e -> e.name().equals("when") || e.name().equals("otherwise")).toList();
        if (branches.isEmpty()) {
            return "";
        }
        variants = Math.max(variants, branches.size());
        return children(branches.get(Math.min(variant, branches.size() - 1)), properties);
    }

    private String include(XmlNode.Element include, Map<String, String> properties) {
        XmlNode.Element fragment = fragments.apply(text(nullToEmpty(include.attribute("refid")), properties));
        if (fragment == null) {
            return OPAQUE;
        }
        Map<String, String> inner = new HashMap<>(properties);
        include.elements().stream().filter(e -> e.name().equals("property") && e.attribute("name") != null)
                .forEach(p -> inner.put(p.attribute("name"), text(nullToEmpty(p.attribute("value")), properties)));
        return children(fragment, inner);
    }

    /** Bind parameters become {@code ?}; {@code ${name}} takes an include property's value when there is one. */
    private static String text(String text, Map<String, String> properties) {
        String bound = BIND_PARAMETER.matcher(text).replaceAll("?");
        if (properties.isEmpty()) {
            return bound;
        }
        Matcher parameter = TEXT_PARAMETER.matcher(bound);
        return parameter.replaceAll(m -> Matcher.quoteReplacement(
                properties.getOrDefault(m.group(1).strip(), m.group())));
    }

    /** MyBatis' TrimSqlNode: overrides are '|'-separated and matched case-insensitively on the trimmed body. */
    static String trim(String body, String prefix, String suffix, String prefixOverrides, String suffixOverrides) {
        String trimmed = body.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        trimmed = removeOverride(trimmed, prefixOverrides, true);
        trimmed = removeOverride(trimmed, suffixOverrides, false);
        return nullToEmpty(prefix) + " " + trimmed + " " + nullToEmpty(suffix);
    }

    private static String removeOverride(String body, String overrides, boolean atStart) {
        if (overrides == null) {
            return body;
        }
        String upper = body.toUpperCase(Locale.ROOT);
        for (String override : overrides.split("\\|")) {
            String word = override.toUpperCase(Locale.ROOT).strip();
            if (word.isEmpty()) {
                continue;
            }
            // A keyword ends where a word does ("AND " also before a line break, but never in "ANDROID_ID");
            // punctuation such as "," goes wherever it stands.
            boolean keyword = Character.isLetter(word.charAt(word.length() - 1));
            if (atStart && upper.startsWith(word) && (!keyword || upper.length() == word.length()
                    || Character.isWhitespace(upper.charAt(word.length())))) {
                return BLANK_START.matcher(body.substring(word.length())).replaceFirst("");
            }
            if (!atStart && upper.endsWith(word)) {
                return body.substring(0, body.length() - word.length()).strip();
            }
        }
        return body;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
