package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.rule.Rule;

import java.util.List;

/** Every rule that ships with schemaguard, in id order; a preset's rules run only when it is chosen. */
public final class BuiltinRules {
    private BuiltinRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new AlibabaBooleanColumnTypeRule(),
                new AlibabaIndexNamePrefixRule(),
                new AlibabaRequiredColumnsRule(),
                new AlibabaUnsignedAutoIncrementRule(),
                new AlibabaVarcharTooLongRule(),
                new BusinessKeyNotUniqueRule(),
                new CaseSensitiveUniqueIdentityRule(),
                new DuplicateBusinessKeyValuesRule(),
                new ExpiredSuppressionRule(),
                new ForeignKeyTypeMismatchRule(),
                new ForeignKeyWithoutIndexRule(),
                new IdentifierTooNarrowRule(),
                new LowEntropyIdentifierRule(),
                new MoneyAsFloatRule(),
                new NullableUniqueKeyRule(),
                new ParseErrorRule(),
                new RedundantIndexRule(),
                new SingleRowLookupByNonUniqueKeyRule(),
                new SoftDeleteUniqueConflictRule(),
                new SuppressionWithoutReasonRule(),
                new TableWithoutPrimaryKeyRule(),
                new TimeBasedIdentifierRule(),
                new TimeShapedIdentifierValuesRule(),
                new UniqueConstraintWouldFailRule(),
                new UniqueKeyDroppedRule(),
                new UnusedSuppressionRule(),
                new UpdateByNonUniqueKeyRule(),
                new UpsertWithoutUniqueKeyRule());
    }
}
