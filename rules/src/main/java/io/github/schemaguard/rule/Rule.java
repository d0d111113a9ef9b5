package io.github.schemaguard.rule;

import java.util.function.Consumer;

/** A check over the project's own model; never sees parser or crawler types. */
public interface Rule {

    RuleMetadata metadata();

    /** Reports every problem it finds to {@code report}; must not depend on iteration luck. */
    void check(RuleContext context, Consumer<Finding> report);

    /** What the object paths of this rule's findings name; most rules report on a table's column or key. */
    default FindingSubject subject() {
        return FindingSubject.TABLE_PART;
    }
}
