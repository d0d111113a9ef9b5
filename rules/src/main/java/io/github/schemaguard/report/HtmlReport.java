package io.github.schemaguard.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * One self-contained page ({@code schemaguard.html}) for people: summary by severity and rule, then the
 * findings by table with message, location, rationale and copyable fix SQL. Styles and the copy
 * script are inline, so the page works offline and as a CI artifact. Mustache escapes every value.
 */
final class HtmlReport implements ReportWriter {

    private static final Mustache TEMPLATE = new DefaultMustacheFactory(HtmlReport::template)
            .compile("html-report.mustache");

    @Override
    public void write(ReportInput input, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        TEMPLATE.execute(writer, HtmlPage.of(input));
        writer.flush();
    }

    /** Templates sit next to this class, so the plugin's class loader finds them whatever the thread's is. */
    private static Reader template(String name) {
        InputStream in = HtmlReport.class.getResourceAsStream(name);
        return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
