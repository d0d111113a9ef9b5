package io.github.schemaguard.rule;

import java.util.Locale;

/** The language of finding messages. Rules without a translation speak English whatever is chosen. */
public enum Language {
    EN, ZH;

    /** Parses a user setting: {@code en} or {@code zh} (a region such as {@code zh_CN} is accepted). */
    public static Language parse(String value) {
        String language = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (language.equals("en") || language.startsWith("en_") || language.startsWith("en-")) {
            return EN;
        }
        if (language.equals("zh") || language.startsWith("zh_") || language.startsWith("zh-")) {
            return ZH;
        }
        throw new IllegalArgumentException("Unknown language '" + value + "': use en or zh");
    }

    /** The text in this language, from the two a rule writes. */
    public String pick(String english, String chinese) {
        return this == ZH ? chinese : english;
    }
}
