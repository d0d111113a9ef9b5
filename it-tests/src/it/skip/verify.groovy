// -Dschemaguard.skip=true: the check says it was skipped and reports nothing.
def log = new File(basedir, 'build.log').readLines()

assert log.contains('[INFO] schemaguard: check skipped (schemaguard.skip=true)')
assert !log.any { it.contains('(business-key-not-unique)') || it.contains('schemaguard: 1 file read') }
assert log.any { it.startsWith('[INFO] BUILD SUCCESS') }
