package io.github.schemaguard.report;

import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Severity;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Checkstyle XML ({@code schemaguard-checkstyle.xml}), read by Jenkins warnings-ng, reviewdog
 * and SonarQube importers: one {@code <file>} per file, one {@code <error>} per finding, the
 * rule as {@code source="schemaguard.<rule-id>"}. Suppressed findings are left out, as Checkstyle's own
 * XML logger leaves out its suppressed and {@code ignore}-level events: the format has no suppressed state,
 * and its readers would count any entry as an open issue (warnings-ng reads an unknown severity such as
 * {@code ignore} as a low warning, reviewdog comments on every entry). SARIF and JSON list them. Findings a
 * baseline accepts are listed at {@code info}, tagged {@code (baselined)}, as the build log lists them, so
 * quality gates on errors count only new ones.
 */
final class CheckstyleReport implements ReportWriter {

    /** The Checkstyle report format version that readers of this format expect (ESLint writes the same). */
    static final String FORMAT_VERSION = "4.3";
    static final String SOURCE_PREFIX = "schemaguard.";

    @Override
    public void write(ReportInput input, OutputStream out) throws IOException {
        // Findings come sorted by file and position; the tree map keeps files in name order.
        Map<String, List<Finding>> byFile = input.result().findings().stream()
                .collect(Collectors.groupingBy(FindingText::fileOrObject, TreeMap::new, Collectors.toList()));
        XmlDocument xml = new XmlDocument(out);
        xml.start("checkstyle", "version", FORMAT_VERSION);
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            xml.start("file", "name", file.getKey());
            for (Finding f : file.getValue()) {
                boolean positioned = f.location().hasPosition();
                boolean baselined = input.result().isBaselined(f);
                xml.element("error", null,
                        "line", positioned ? f.location().line() : null,
                        "column", positioned && f.location().column() > 0 ? f.location().column() : null,
                        "severity", baselined ? Severity.INFO.label() : f.severity().label(),
                        "message", (baselined ? ConsoleReport.BASELINED_TAG.strip() + " " : "")
                                + FindingText.oneLine(f.message()),
                        "source", SOURCE_PREFIX + f.ruleId());
            }
            xml.end();
        }
        xml.end();
        xml.finish();
    }
}
