// Only V1 is read: legacy/ and *_data.sql are excluded, notes.txt is not included.
def log = new File(basedir, 'build.log').readLines()

assert log.any { it.startsWith('[INFO] schemaguard: 1 file read, 1 statement read, ') }
assert !log.any { it.contains('(business-key-not-unique)') || it.contains('(table-without-primary-key)') }
assert log.any { it.startsWith('[INFO] BUILD SUCCESS') }
