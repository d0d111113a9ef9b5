// With failOn=warning, a table without a primary key (a warning) fails the build.
def log = new File(basedir, 'build.log').readLines()

assert log.any { it.startsWith('[WARNING] src/main/resources/db/V1__audit_log.sql:[1,1] (table-without-primary-key) ') }
assert log.any { it.contains('on project fail-on-warning: schemaguard: 1 finding at or above failOn=warning'
        + ' (0 errors, 1 warning, 0 info).') }
assert log.any { it.startsWith('[INFO] BUILD FAILURE') }
