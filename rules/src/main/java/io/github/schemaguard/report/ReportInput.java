package io.github.schemaguard.report;

import io.github.schemaguard.LintResult;
import io.github.schemaguard.rule.Rule;

import java.net.URI;
import java.util.Comparator;
import java.util.List;

/**
 * Everything a report file is made of: the findings, the rules that could have fired (reports
 * list every rule, also the silent ones), the build-breaking threshold and where rule docs live.
 *
 * @param toolVersion  the schemaguard version, written into SARIF, Checkstyle and JSON reports
 * @param docsBaseUrl  where {@code <rule-id>.md} pages are: an absolute URL, or a path relative
 *                     to the repository root such as {@code docs/rules/}
 */
public record ReportInput(LintResult result, List<Rule> rules, FailOn failOn, String toolVersion,
                          String docsBaseUrl) {

    public static final String TOOL_NAME = "schemaguard";
    /** The project's home, derived from its Maven Central namespace io.github.schemaguard. */
    public static final String INFORMATION_URI = "https://github.com/schemaguard/schemaguard";
    public static final String DEFAULT_DOCS_BASE_URL = "docs/rules/";

    public ReportInput {
        rules = rules.stream().sorted(Comparator.comparing(rule -> rule.metadata().id())).toList();
        docsBaseUrl = docsBaseUrl == null || docsBaseUrl.isBlank() ? DEFAULT_DOCS_BASE_URL : docsBaseUrl;
    }

    /** The doc page of a rule, e.g. {@code docs/rules/parse-error.md}. */
    public String docsLink(String ruleId) {
        return docsBaseUrl + (docsBaseUrl.endsWith("/") ? "" : "/") + ruleId + ".md";
    }

    /**
     * The doc page as a link a report file can follow, or {@code null} when the pages are given as a
     * repository path: relative to the report under {@code target/} it would lead nowhere.
     */
    public String absoluteDocsLink(String ruleId) {
        String link = docsLink(ruleId);
        try {
            return URI.create(link).isAbsolute() ? link : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
