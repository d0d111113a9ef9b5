package io.github.schemaguard.rule.builtin;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Declared column types in one spelling per type, so {@code int4}, {@code INTEGER}, {@code int(11)} and
 * {@code serial} compare equal and {@code int unsigned} does not equal {@code int}.
 */
final class ColumnTypes {

    /** Synonyms by base name: PostgreSQL internal names, serial pseudo-types, the SQL standard's long forms. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("integer", "int"), Map.entry("int4", "int"), Map.entry("serial", "int"),
            Map.entry("serial4", "int"), Map.entry("int8", "bigint"), Map.entry("bigserial", "bigint"),
            Map.entry("serial8", "bigint"), Map.entry("int2", "smallint"), Map.entry("smallserial", "smallint"),
            Map.entry("serial2", "smallint"), Map.entry("character varying", "varchar"),
            Map.entry("char varying", "varchar"), Map.entry("character", "char"), Map.entry("bool", "boolean"),
            Map.entry("numeric", "decimal"), Map.entry("dec", "decimal"), Map.entry("float8", "double"),
            Map.entry("double precision", "double"), Map.entry("float4", "real"),
            Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("timestamp with time zone", "timestamptz"),
            Map.entry("time without time zone", "time"), Map.entry("time with time zone", "timetz"));

    /** Integer types whose {@code (n)} is a MySQL display width, not a size: {@code int(11)} is {@code int}. */
    private static final Pattern INTEGER_WIDTH = Pattern.compile(
            "(tinyint|smallint|mediumint|int|bigint)\\s*\\(\\s*\\d+\\s*\\)");
    private static final Pattern BASE_AND_REST = Pattern.compile("^([a-z][a-z0-9 ]*?)\\s*(\\(.*)?$");
    /** The widths of the integer types an identifier can outgrow, signed and unsigned maxima. */
    private static final Map<String, long[]> INTEGER_LIMITS = Map.of(
            "tinyint", new long[] {127L, 255L},
            "smallint", new long[] {32_767L, 65_535L},
            "mediumint", new long[] {8_388_607L, 16_777_215L},
            "int", new long[] {2_147_483_647L, 4_294_967_295L});

    private ColumnTypes() {
    }

    /** The canonical spelling: lower case, single spaces, aliases resolved, {@code unsigned} kept. */
    static String normalize(String declared) {
        String text = declared.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim()
                .replaceAll("\\s*\\(\\s*", "(").replaceAll("\\s*,\\s*", ",").replaceAll("\\s*\\)", ")");
        boolean unsigned = text.contains(" unsigned") || text.contains(" zerofill");
        text = text.replace(" unsigned", "").replace(" zerofill", "").replace(" signed", "");
        text = INTEGER_WIDTH.matcher(text).replaceAll("$1");
        Matcher parts = BASE_AND_REST.matcher(text);
        if (parts.matches()) {
            String base = ALIASES.getOrDefault(parts.group(1), parts.group(1));
            String rest = parts.group(2) == null ? "" : parts.group(2);
            text = base.equals("decimal") && rest.matches("\\(\\d+\\)") ? base + rest.replace(")", ",0)")
                    : base + rest;
            // PostgreSQL's varchar without a length is text in all but name.
            text = text.equals("varchar") ? "text" : text;
        }
        return unsigned ? text + " unsigned" : text;
    }

    /** The largest value of a 32-bit or narrower integer type, or empty for wider and non-integer types. */
    static Optional<Long> narrowIntegerMaximum(String declared) {
        String type = normalize(declared);
        boolean unsigned = type.endsWith(" unsigned");
        long[] limits = INTEGER_LIMITS.get(unsigned ? type.substring(0, type.length() - " unsigned".length()) : type);
        return limits == null ? Optional.empty() : Optional.of(limits[unsigned ? 1 : 0]);
    }
}
