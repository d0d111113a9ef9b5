// An unreadable statement is a warning with file and line; the rest is read and the build passes.
def log = new File(basedir, 'build.log').readLines()

assert log.any { it.startsWith('[WARNING] src/main/resources/db/V1__audit.sql:[7,1] (parse-error) ') }
assert log.any { it.startsWith('[INFO] schemaguard: 1 file read, 2 statements read, 0 skipped (not about the schema),'
        + ' 1 not understood; findings: 0 errors, 1 warning, 0 info') }
assert log.any { it.startsWith('[INFO] BUILD SUCCESS') }
