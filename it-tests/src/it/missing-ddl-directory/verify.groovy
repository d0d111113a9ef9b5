// No DDL directory: one warning naming it, and the build passes.
def log = new File(basedir, 'build.log').readLines()

assert log.any { it.startsWith('[WARNING] schemaguard: DDL directory src/main/resources/db does not exist, nothing to check') }
assert log.any { it.startsWith('[INFO] BUILD SUCCESS') }
