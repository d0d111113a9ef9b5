package io.github.schemaguard.rule;

import java.util.function.Consumer;

/** A check over the project's own model; never sees parser or crawler types. */
public interface Rule {

    RuleMetadata metadata();

    /** Reports every problem it finds to {@code report}; must not depend on iteration luck. */
    void check(RuleContext context, Consumer<Finding> report);
}
