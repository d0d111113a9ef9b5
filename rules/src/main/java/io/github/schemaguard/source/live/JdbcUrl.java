package io.github.schemaguard.source.live;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What may be shown of a JDBC URL: the URL without credentials or driver settings (the display URL that locates
 * live findings), and the host and database that error messages name.
 */
public final class JdbcUrl {

    /** {@code //user:password@host} or {@code //user@host}. */
    private static final Pattern AUTHORITY_CREDENTIALS = Pattern.compile("//[^/?;@]*@");
    /** Oracle's {@code jdbc:oracle:thin:user/password@host}. */
    private static final Pattern THIN_CREDENTIALS = Pattern.compile("(?i)(:thin:)[^@]*@");
    private static final Pattern SERVER_URL = Pattern.compile("^jdbc:[^/]*//(?:[^/?;@]*@)?([^/?;]*)/?([^/?;]*)");
    /** The only parameters worth showing: the database of URLs that name it in a parameter (SQL Server). */
    private static final Set<String> SHOWN_PARAMETERS = Set.of("database", "databasename");

    private final String url;

    private JdbcUrl(String url) {
        this.url = url.strip();
    }

    public static JdbcUrl of(String url) {
        return new JdbcUrl(url);
    }

    /**
     * The URL without user, password and parameters ({@code ?a=b&c=d}, {@code ;a=b}): parameters may carry
     * secrets under any name ({@code password}, {@code sslpassword}, {@code token}) and say nothing about where
     * a table is.
     */
    public String display() {
        String withoutCredentials = THIN_CREDENTIALS.matcher(AUTHORITY_CREDENTIALS.matcher(url).replaceFirst("//"))
                .replaceFirst("$1@");
        int query = withoutCredentials.indexOf('?');
        String base = query < 0 ? withoutCredentials : withoutCredentials.substring(0, query);
        String[] semicolonParts = base.split(";");
        String shownParameters = Arrays.stream(semicolonParts).skip(1)
                .filter(part -> SHOWN_PARAMETERS.contains(parameterName(part)))
                .map(part -> ";" + part).collect(Collectors.joining());
        return semicolonParts[0] + shownParameters;
    }

    /** {@code host:port} of a server URL, {@code in-process} for embedded databases such as H2's {@code mem:}. */
    public String host() {
        Matcher server = SERVER_URL.matcher(url);
        return server.find() && !server.group(1).isEmpty() ? server.group(1) : "in-process";
    }

    /** The database named by the URL: its path for server URLs, the last part otherwise. */
    public String database() {
        Matcher server = SERVER_URL.matcher(url);
        if (server.find() && !server.group(2).isEmpty()) {
            return server.group(2);
        }
        String display = display();
        int semicolon = display.indexOf(";database");
        if (semicolon >= 0) {
            return display.substring(display.indexOf('=', semicolon) + 1);
        }
        return display.substring(display.lastIndexOf(':') + 1);
    }

    /** The subprotocol, {@code postgresql} for {@code jdbc:postgresql://...}. */
    public String subprotocol() {
        String[] parts = url.split(":", 3);
        return parts.length > 1 ? parts[1].toLowerCase(Locale.ROOT) : "";
    }

    private static String parameterName(String parameter) {
        int equals = parameter.indexOf('=');
        return (equals < 0 ? parameter : parameter.substring(0, equals)).strip().toLowerCase(Locale.ROOT);
    }

    /** Never the URL itself: it may hold a password. */
    @Override
    public String toString() {
        return display();
    }
}
