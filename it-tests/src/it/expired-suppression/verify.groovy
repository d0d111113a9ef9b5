// A suppression past its until: date says so, and the error it covered fails the build again.
def log = new File(basedir, 'build.log').readLines()
def V1 = 'src/main/resources/db/V1__create_orders.sql'

assert log.any { it.startsWith("[WARNING] ${V1}:[3,3] (expired-suppression) schemaguard:ignore "
        + 'business-key-not-unique expired on 2020-01-31') }
assert log.any { it.startsWith("[ERROR] ${V1}:[4,3] (business-key-not-unique) ") }
assert !log.any { it.contains('(suppressed: ') }
assert log.any { it.startsWith('[INFO] BUILD FAILURE') }
