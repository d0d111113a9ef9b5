// The corrected schema, read live: both tables read, no findings, the build passes.
def log = new File(basedir, 'build.log').readLines()

assert log.any { it.startsWith('[INFO] schemaguard: 2 tables read from jdbc:h2:mem:live-corrected in ') }
assert !log.any { it.startsWith('[ERROR] jdbc:') || it.startsWith('[WARNING] jdbc:') }
assert log.any { it.startsWith('[INFO] BUILD SUCCESS') }
