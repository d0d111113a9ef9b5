// What the incident's rows say, found by the plugin itself: the 17 duplicated order numbers (34 orders), the
// clock-made values, and that the missing unique key would fail today.
def log = new File(basedir, 'build.log').text.readLines()
def at = 'jdbc:h2:mem:live-data-checks/public.t_order.order_no'

def duplicates = log.find { it.startsWith("[ERROR] ${at} (duplicate-business-key-values) ") }
assert duplicates : 'the duplicated order numbers are reported'
assert duplicates.contains('17 values of t_order.order_no held by more than one row, 34 rows in all (all 100 rows read)')
assert duplicates.count("(2 rows)") == 2 : 'exampleCount from dataCheckSettings: two examples quoted'

def clock = log.find { it.startsWith("[ERROR] ${at} (time-shaped-identifier-values) ") }
assert clock && clock.contains('yyyyMMddHHmmss, precise to the second')

assert log.any { it.startsWith("[WARNING] ${at} (unique-constraint-would-fail) A unique key on t_order.order_no would fail today") }
assert !log.any { it.contains('not probed') } : 'every probe finished within the budget'
assert !log.any { it.startsWith('\tat ') } : 'no stack trace'
