// A misspelt option names the rule and the valid options, without a stack trace.
def log = new File(basedir, 'build.log').readLines()

assert log.any { it.contains("on project bad-rule-option: Unknown option 'namePattern' for rule 'business-key-not-unique':"
        + ' valid options are commentWords, excludedNames, namePatterns, scopeColumns') }
assert !log.any { it.startsWith('\tat ') } : 'no stack trace'
assert log.any { it.startsWith('[INFO] BUILD FAILURE') }
