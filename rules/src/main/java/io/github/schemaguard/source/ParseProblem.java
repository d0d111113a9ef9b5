package io.github.schemaguard.source;

import io.github.schemaguard.model.Location;

/**
 * A schema statement that could not be understood.
 *
 * @param location where the statement starts
 * @param cause    the parser's message, first line only
 * @param excerpt  the statement's first characters, so the user recognises it
 */
public record ParseProblem(Location location, String cause, String excerpt) {
}
