// The incident's headline finding, found in a live database: located by display URL and schema.table.column.
def log = new File(basedir, 'build.log').readLines()
def at = '[ERROR] jdbc:h2:mem:live-incident/public.t_order.order_no (business-key-not-unique) '

def orderNo = log.findIndexOf { it.startsWith(at) }
assert orderNo >= 0 : 't_order.order_no is reported from the live database'
assert log[orderNo + 1].startsWith('[ERROR]     Fix: ALTER TABLE t_order ADD CONSTRAINT ')
assert log.any { it.startsWith('[INFO] schemaguard: 1 table read from jdbc:h2:mem:live-incident in ') }
assert !log.any { it.contains('RUNSCRIPT') } : 'the display URL leaves the URL parameters out'
assert !log.any { it.contains('DDL directory') } : 'no DDL directory is needed when a database is checked'
assert log.any { it.contains('on project live-incident: schemaguard: ') && it.contains(' at or above failOn=error ') }
assert !log.any { it.startsWith('\tat ') } : 'no stack trace'
