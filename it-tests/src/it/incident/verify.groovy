// The incident schema fails the build with one finding per risk, in file order, each with its fix.
def log = new File(basedir, 'build.log').readLines()
def V1 = 'src/main/resources/db/migration/V1__create_orders.sql'
def V2 = 'src/main/resources/db/migration/V2__create_payment.sql'

def orderNo = log.findIndexOf { it.startsWith("[ERROR] ${V1}:[7,3] (business-key-not-unique) ") }
assert orderNo >= 0 : 't_order.order_no (line 7, column 3) is reported as a business key without a unique constraint'
assert log[orderNo + 1].startsWith('[ERROR]     Fix: ALTER TABLE t_order ADD CONSTRAINT ')
assert log[orderNo + 1].endsWith('UNIQUE (order_no);')

def payNo = log.findIndexOf { it.startsWith("[ERROR] ${V2}:[13,1] (time-based-identifier) ") }
assert payNo > orderNo : 'the trigger deriving t_payment.pay_no from NOW() (line 13) is reported after the V1 finding'

// The payment callback in the MyBatis mapper, at its <update> element.
def MAPPER = 'src/main/resources/com/example/loan/mapper/LoanOrderMapper.xml'
def callback = log.findIndexOf { it.startsWith("[ERROR] ${MAPPER}:[15,1] (update-by-non-unique-key) UPDATE of t_order is keyed by order_no") }
assert callback >= 0 : 'the UPDATE ... WHERE order_no = #{orderNo} of LoanOrderMapper.updatePaid (line 15) is reported'
assert log[callback + 1] == '[ERROR]     Fix: ALTER TABLE t_order ADD CONSTRAINT uk_t_order_order_no UNIQUE (order_no);'
// Keyed by the primary key: silent.
assert !log.any { it.contains("${MAPPER}:[10,") }

// t_payment.order_no refers to t_order's key: not a business key of t_payment.
assert !log.any { it.contains("${V2}:[5,") && it.contains('(business-key-not-unique)') }

assert log.any { it.startsWith('[INFO] schemaguard: 2 files read, ') }
assert log.any { it.contains('on project incident: schemaguard: ') && it.contains(' at or above failOn=error ') }
assert log.any { it.startsWith('[INFO] BUILD FAILURE') }
assert !log.any { it.startsWith('\tat ') } : 'no stack trace'

if (binding.hasVariable('expectedMavenVersion')) {
    assert log.any { it.startsWith("Apache Maven ${expectedMavenVersion} ") }
}
