package io.github.schemaguard.source.live;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The secrets of a database entry, removed from every text that may reach a log. */
final class Secrets {

    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(?:password|pwd)=([^&;]+)|//[^/:@]*:([^/@]+)@");
    private static final String HIDDEN = "*****";

    private final List<String> values;

    private Secrets(List<String> values) {
        this.values = values;
    }

    /** The password, and any password written into the URL. */
    static Secrets of(LiveDatabase database) {
        List<String> values = new ArrayList<>();
        if (database.password() != null && !database.password().isEmpty()) {
            values.add(database.password());
        }
        Matcher inUrl = URL_PASSWORD.matcher(database.url());
        while (inUrl.find()) {
            values.add(inUrl.group(1) != null ? inUrl.group(1) : inUrl.group(2));
        }
        return new Secrets(values);
    }

    String scrub(String text) {
        String scrubbed = text;
        for (String value : values) {
            scrubbed = scrubbed.replace(value, HIDDEN);
        }
        return scrubbed;
    }

    /**
     * The exception as text without secrets, with its stack trace: what {@code mvn -X} shows. The driver's own
     * exception stays out, since its message or its causes' may quote the URL.
     */
    Exception scrubbed(Throwable e) {
        Exception copy = new Exception(scrub(String.valueOf(e)));
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }
}
