// The finding comes from the server, located by its display URL; the sample's schema is dropped first.
def drop = ['psql', '-h', '127.0.0.1', '-U', 'postgres', '-d', 'test', '-q', '-c',
            'DROP SCHEMA IF EXISTS live_it_live CASCADE'].execute()
drop.waitForProcessOutput(System.out, System.err)

def log = new File(basedir, 'build.log').readLines()
assert log.any { it.startsWith('[INFO] schemaguard: 1 table read from jdbc:postgresql://127.0.0.1:5432/test in ') }
assert log.any { it.startsWith('[ERROR] jdbc:postgresql://127.0.0.1:5432/test/live_it_live.t_order.order_no'
        + ' (business-key-not-unique) ') }
assert !log.any { it.startsWith('\tat ') } : 'no stack trace'
assert drop.exitValue() == 0
