// Configured rules: audit_log's missing key is not reported (rule off), order_no is a warning (severity
// lowered), invoice_code is no business key (namePatterns narrowed), and one warning is tolerated.
def log = new File(basedir, 'build.log').readLines()

assert log.any { it.startsWith('[WARNING] src/main/resources/db/V1__orders.sql:') && it.contains('(business-key-not-unique)')
        && it.contains('order_no') }
assert !log.any { it.contains('invoice_code') && it.contains('(business-key-not-unique)') }
assert !log.any { it.contains('(table-without-primary-key)') }
assert log.any { it == '[WARNING] schemaguard: 1 finding at or above failOn=warning, within maxAllowedViolations=1.' }
assert log.any { it.startsWith('[INFO] BUILD SUCCESS') }
