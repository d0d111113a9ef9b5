// The corrected schema passes, with the README example's mapper: files and statements read, no findings.
def log = new File(basedir, 'build.log').readLines()

assert log.contains('[INFO] schemaguard: 2 files read, 3 statements read, 1 skipped (not about the schema),'
        + ' 0 not understood; 1 application SQL file read, 3 application statements checked;'
        + ' findings: 0 errors, 0 warnings, 0 info')
assert !log.any { it.startsWith('[ERROR]') || it.startsWith('[WARNING]') }
assert log.any { it.startsWith('[INFO] BUILD SUCCESS') }

if (binding.hasVariable('expectedMavenVersion')) {
    assert log.any { it.startsWith("Apache Maven ${expectedMavenVersion} ") }
}
