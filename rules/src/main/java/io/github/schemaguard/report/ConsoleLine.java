package io.github.schemaguard.report;

import io.github.schemaguard.rule.Severity;

/**
 * One line for a build log, with the level to log it at; the Maven plugin maps
 * {@code ERROR}/{@code WARNING}/{@code INFO} onto its logger, so this package stays Maven-free.
 */
public record ConsoleLine(Severity level, String text) {
}
