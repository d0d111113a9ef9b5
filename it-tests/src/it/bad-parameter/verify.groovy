// An unknown failOn stops the build with one line that names the value and the choices.
def log = new File(basedir, 'build.log').readLines()

assert log.any { it.contains("on project bad-parameter: Unknown failOn 'fatal': use error, warning, info or none") }
assert !log.any { it.startsWith('\tat ') } : 'no stack trace'
assert log.any { it.startsWith('[INFO] BUILD FAILURE') }
