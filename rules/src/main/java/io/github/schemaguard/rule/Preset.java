package io.github.schemaguard.rule;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A named set of rules that stay off until the user chooses the preset (or enables one of its rules by
 * id): conventions a team adopts on purpose, not problems every schema should be told about.
 */
public enum Preset {
    ALIBABA("alibaba", "the Alibaba Java Development Manual (阿里巴巴 Java 开发手册), MySQL chapter");

    private final String id;
    private final String source;

    Preset(String id, String source) {
        this.id = id;
        this.source = source;
    }

    /** What users type: {@code preset=alibaba}. */
    public String id() {
        return id;
    }

    /** Where the preset's conventions come from, for the docs. */
    public String source() {
        return source;
    }

    /** Parses a user setting; blank or {@code none} yields {@code null}, meaning no preset. */
    public static Preset parseOrNone(String value) {
        if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("none")) {
            return null;
        }
        return Arrays.stream(values()).filter(p -> p.id.equalsIgnoreCase(value.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown preset '" + value + "': use none or "
                        + Arrays.stream(values()).map(Preset::id).collect(Collectors.joining(", "))));
    }
}
