// A business-key error suppressed with a reason does not fail the build, and is still listed, at info.
def log = new File(basedir, 'build.log').readLines()
def V1 = 'src/main/resources/db/V1__create_orders.sql'

assert log.any { it.startsWith("[INFO] ${V1}:[4,3] (business-key-not-unique) (suppressed: unique per tenant, "
        + 'enforced by the order service) ') }
assert !log.any { it.startsWith('[ERROR]') || it.startsWith('[WARNING]') } : 'no active finding, no warning'
assert log.any { it.contains('findings: 0 errors, 0 warnings, 0 info') }
assert log.any { it.startsWith('[INFO] BUILD SUCCESS') }
