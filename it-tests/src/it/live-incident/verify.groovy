// The incident's headline finding, found in a live database: located by display URL and schema.table.column.
def text = new File(basedir, 'build.log').text
def log = text.readLines()
def at = '[ERROR] jdbc:h2:mem:live-incident/public.t_order.order_no (business-key-not-unique) '

def orderNo = log.findIndexOf { it.startsWith(at) }
assert orderNo >= 0 : 't_order.order_no is reported from the live database'
assert log[orderNo + 1].startsWith('[ERROR]     Fix: ALTER TABLE t_order ADD CONSTRAINT ')
assert log.any { it.startsWith('[INFO] schemaguard: 1 table read from jdbc:h2:mem:live-incident in ') }
assert !log.any { it.contains('RUNSCRIPT') } : 'the display URL leaves the URL parameters out'
assert !log.any { it.contains('DDL directory') } : 'no DDL directory is needed when a database is checked'
assert log.any { it.contains('on project live-incident: schemaguard: ') && it.contains(' at or above failOn=error ') }
assert !log.any { it.startsWith('\tat ') } : 'no stack trace'

// The POM's own entry: read, with a warning about its password, which is never printed.
assert log.any { it == '[WARNING] schemaguard: the password of jdbc:h2:mem:live-incident-pom is in the POM;' +
        ' use <serverId> (settings.xml) or <passwordEnv> instead' }
assert log.any { it.startsWith('[INFO] schemaguard: 0 tables read from jdbc:h2:mem:live-incident-pom in ') }
assert !text.contains('Pom-Live-Password-5') : 'the POM password is not logged'
