package io.github.schemaguard.report;

import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.suppress.SuppressedFinding;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * JUnit XML ({@code schemaguard-junit.xml}), so CI systems show the check as test results: one
 * test case per rule and object it found something on, failed when a finding reaches
 * {@code failOn}; a rule that found nothing is one passing test case, so the suite always lists
 * every rule. Findings below {@code failOn} stay visible in the passing test case's output. A case
 * whose findings were all suppressed is skipped, with the suppression's reason as the skip message,
 * which is how test reports show a deliberate exception.
 */
final class JunitReport implements ReportWriter {

    static final String SUITE_NAME = "schemaguard";
    static final String CLEAN_CASE_NAME = "(all objects)";

    private record TestCase(String ruleId, String name, List<Finding> findings, List<SuppressedFinding> suppressed) {

        boolean skipped() {
            return findings.isEmpty() && !suppressed.isEmpty();
        }
    }

    @Override
    public void write(ReportInput input, OutputStream out) throws IOException {
        List<TestCase> cases = testCases(input);
        long failures = cases.stream().filter(c -> failing(c, input)).count();
        long skipped = cases.stream().filter(TestCase::skipped).count();
        XmlDocument xml = new XmlDocument(out);
        xml.start("testsuites", "name", SUITE_NAME, "tests", cases.size(), "failures", failures, "errors", 0);
        xml.start("testsuite", "name", SUITE_NAME, "tests", cases.size(), "failures", failures, "errors", 0,
                "skipped", skipped);
        for (TestCase testCase : cases) {
            String classname = CheckstyleReport.SOURCE_PREFIX + testCase.ruleId();
            if (testCase.findings().isEmpty() && testCase.suppressed().isEmpty()) {
                xml.element("testcase", null, "classname", classname, "name", testCase.name());
                continue;
            }
            xml.start("testcase", "classname", classname, "name", testCase.name());
            String details = details(testCase, input);
            if (testCase.skipped()) {
                xml.element("skipped", details, "message", "suppressed: " + testCase.suppressed().stream()
                        .map(SuppressedFinding::shownReason).distinct().collect(Collectors.joining("; ")));
            } else if (failing(testCase, input)) {
                Finding first = testCase.findings().get(0);
                xml.element("failure", details, "type", first.severity().label(),
                        "message", FindingText.oneLine(first.message()));
            } else {
                xml.element("system-out", details);
            }
            xml.end();
        }
        xml.end();
        xml.end();
        xml.finish();
    }

    /** Rules in id order, then objects in name order; rules the input does not know still get their cases. */
    private static List<TestCase> testCases(ReportInput input) {
        Map<String, Map<String, TestCase>> byRule = new TreeMap<>();
        input.rules().stream().map(Rule::metadata).forEach(m -> byRule.put(m.id(), new TreeMap<>()));
        for (Finding finding : input.result().findings()) {
            testCase(byRule, finding).findings().add(finding);
        }
        for (SuppressedFinding suppressed : input.result().suppressed()) {
            testCase(byRule, suppressed.finding()).suppressed().add(suppressed);
        }
        return byRule.entrySet().stream()
                .flatMap(rule -> rule.getValue().isEmpty()
                        ? Stream.of(new TestCase(rule.getKey(), CLEAN_CASE_NAME, List.of(), List.of()))
                        : rule.getValue().values().stream())
                .toList();
    }

    private static TestCase testCase(Map<String, Map<String, TestCase>> byRule, Finding finding) {
        return byRule.computeIfAbsent(finding.ruleId(), id -> new TreeMap<>()).computeIfAbsent(finding.objectPath(),
                path -> new TestCase(finding.ruleId(), path, new ArrayList<>(), new ArrayList<>()));
    }

    private static boolean failing(TestCase testCase, ReportInput input) {
        return testCase.findings().stream().anyMatch(f -> input.failOn().reachedBy(f.severity()) && !input.result().isBaselined(f));
    }

    /** The findings as the build log shows them: location, rule, message, fix; baselined and suppressed tagged so. */
    private static String details(TestCase testCase, ReportInput input) {
        return Stream.concat(testCase.findings().stream().flatMap(f -> ConsoleReport.listed(f, input.result()).stream()),
                        testCase.suppressed().stream().flatMap(s -> ConsoleReport.suppressed(s).stream()))
                .map(ConsoleLine::text)
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
