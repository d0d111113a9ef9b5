package io.github.schemaguard.suppress;

import io.github.schemaguard.model.Location;
import io.github.schemaguard.rule.Finding;

/** A finding an inline suppression silenced, with the reason given there so reports can show it. */
public record SuppressedFinding(Finding finding, String reason, Location suppressedAt) {
}
