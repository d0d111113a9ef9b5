package io.github.schemaguard.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.schemaguard.LintResult;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.rule.RuleDocs;
import io.github.schemaguard.rule.RuleMetadata;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.suppress.SuppressedFinding;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 ({@code schemaguard.sarif}) as GitHub code scanning uploads it: every rule with its
 * docs in the tool driver, one result per finding with a repository-relative file position (or
 * a logical location when there is no file) and a fingerprint that survives line moves. Suppressed findings
 * are results too, with a {@code suppressions} entry, so viewers show them as suppressed rather than lose them.
 * The model is a handful of records: only the properties schemaguard fills.
 */
final class SarifReport implements ReportWriter {

    static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    /** Versioned so a future change of the fingerprint scheme does not look like new alerts. */
    static final String FINGERPRINT_KEY = "schemaguard/v1";

    record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {
    }

    record Run(Tool tool, List<Result> results) {
    }

    record Tool(Driver driver) {
    }

    record Driver(String name, String version, String informationUri, List<ReportingDescriptor> rules) {
    }

    record ReportingDescriptor(String id, Text shortDescription, Text fullDescription, Help help, String helpUri,
                               Configuration defaultConfiguration) {
    }

    record Text(String text) {
    }

    record Help(String text, String markdown) {
    }

    record Configuration(String level) {
    }

    /**
     * {@code baselineState} is absent without a baseline, else {@code unchanged} (baselined) or {@code new};
     * {@code suppressions} is absent for a finding no suppression silenced.
     */
    record Result(String ruleId, Integer ruleIndex, String level, Text message, List<Location> locations,
                  Map<String, String> partialFingerprints, String baselineState, List<Suppression> suppressions) {
    }

    /** {@code inSource} with the comment's location, or {@code external} for the POM's excludes. */
    record Suppression(String kind, String justification, Location location) {
    }

    record Location(PhysicalLocation physicalLocation, List<LogicalLocation> logicalLocations) {
    }

    record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {
    }

    record ArtifactLocation(String uri) {
    }

    record Region(int startLine, Integer startColumn) {
    }

    record LogicalLocation(String fullyQualifiedName) {
    }

    @Override
    public void write(ReportInput input, OutputStream out) throws IOException {
        List<ReportingDescriptor> rules = new ArrayList<>();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (Rule rule : input.rules()) {
            ruleIndex.put(rule.metadata().id(), rules.size());
            rules.add(descriptor(rule, input));
        }
        LintResult lintResult = input.result();
        List<Result> results = new ArrayList<>();
        for (Finding finding : lintResult.findings()) {
            results.add(result(finding, ruleIndex.get(finding.ruleId()), baselineState(lintResult, finding), null));
        }
        for (SuppressedFinding suppressed : lintResult.suppressed()) {
            Finding finding = suppressed.finding();
            results.add(result(finding, ruleIndex.get(finding.ruleId()), baselineState(lintResult, finding),
                    List.of(suppression(suppressed))));
        }
        Driver driver = new Driver(ReportInput.TOOL_NAME, input.toolVersion(), ReportInput.INFORMATION_URI, rules);
        Json.write(new Log(SCHEMA_URI, "2.1.0", List.of(new Run(new Tool(driver), results))), out);
    }

    private static ReportingDescriptor descriptor(Rule rule, ReportInput input) {
        RuleMetadata m = rule.metadata();
        String docs = input.docsLink(m.id());
        return new ReportingDescriptor(m.id(), new Text(m.summary()), new Text(m.rationale()),
                new Help(m.rationale() + "\n\nDocs: " + docs, RuleDocs.packagedPage(rule)),
                input.absoluteDocsLink(m.id()), new Configuration(level(m.defaultSeverity())));
    }

    private static Result result(Finding finding, Integer ruleIndex, String baselineState,
                                 List<Suppression> suppressions) {
        return new Result(finding.ruleId(), ruleIndex, level(finding.severity()), new Text(FindingText.withFix(finding)),
                List.of(location(finding)), Map.of(FINGERPRINT_KEY, finding.fingerprint()), baselineState,
                suppressions);
    }

    private static Suppression suppression(SuppressedFinding suppressed) {
        io.github.schemaguard.model.Location comment = suppressed.suppressedAt();
        return new Suppression(suppressed.kind().label(), suppressed.shownReason(),
                comment.hasPosition() ? physical(comment) : null);
    }

    private static String baselineState(LintResult result, Finding finding) {
        if (result.baselined().isEmpty()) {
            return null;
        }
        return result.isBaselined(finding) ? "unchanged" : "new";
    }

    private static Location location(Finding finding) {
        io.github.schemaguard.model.Location where = finding.location();
        if (!where.hasPosition()) {
            return new Location(null, List.of(new LogicalLocation(finding.objectPath())));
        }
        return physical(where);
    }

    private static Location physical(io.github.schemaguard.model.Location where) {
        Region region = new Region(where.line(), where.column() > 0 ? where.column() : null);
        return new Location(new PhysicalLocation(new ArtifactLocation(uri(where.file())), region), null);
    }

    /** Project-relative paths with '/' separators, percent-encoded where a URI needs it. */
    private static String uri(String file) {
        try {
            return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a path: " + file, e);
        }
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
