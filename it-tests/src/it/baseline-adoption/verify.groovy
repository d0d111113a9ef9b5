// Run 1 wrote the baseline and passed; run 2 failed on the new violation only and reported the fixed one as stale.
def baseline = new File(basedir, 'schemaguard-baseline.json').text
assert baseline.contains('"fingerprint": "money-as-float:invoice.amount"')
assert baseline.contains('"fingerprint": "table-without-primary-key:audit_log"')
assert baseline.contains('"fingerprint": "table-without-primary-key:csv_import"')
assert !baseline.contains('payment')

def log = new File(basedir, 'build.log').readLines()
assert log.any { it.startsWith('[INFO] schemaguard: baseline schemaguard-baseline.json written with 3 entries') }
assert log.any { it.startsWith('[INFO] src/main/resources/db/V1__legacy.sql:[9,3] (money-as-float) (baselined) ') }
assert log.any { it.startsWith('[INFO] BUILD SUCCESS') }

assert log.any { it.startsWith('[ERROR] src/main/resources/db/V3__new_violation.sql:[4,3] (money-as-float) ') }
assert log.any { it.startsWith('[WARNING] schemaguard: stale baseline entry table-without-primary-key:csv_import'
        + ' in schemaguard-baseline.json (no longer found): run schemaguard:baseline to shrink the file') }
assert log.any { it.contains('on project baseline-adoption: schemaguard: 1 finding at or above failOn=warning not in the baseline') }
assert log.any { it.startsWith('[INFO] BUILD FAILURE') }

// The reports of the last run say which findings are baselined.
def json = new File(basedir, 'target/schemaguard/schemaguard.json').text
assert json.contains('"baselined": true')
assert json.contains('"baselined": false')
def sarif = new File(basedir, 'target/schemaguard/schemaguard.sarif').text
assert sarif.contains('"baselineState": "unchanged"')
assert sarif.contains('"baselineState": "new"')
