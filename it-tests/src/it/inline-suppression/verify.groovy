// A business-key error suppressed with a reason and a money-as-float error excluded in the POM do not fail
// the build; both are still listed, at info, and every machine report marks them suppressed.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').readLines()
def V1 = 'src/main/resources/db/V1__create_orders.sql'
def reports = new File(basedir, 'target/schemaguard')

assert log.any { it.startsWith("[INFO] ${V1}:[4,3] (business-key-not-unique) (suppressed: unique per tenant, "
        + 'enforced by the order service) ') }
assert log.any { it.startsWith("[INFO] ${V1}:[9,3] (money-as-float) (suppressed: excluded by the pattern 'archive.*'"
        + " in the rule's <excludes>) ") }
assert !log.any { it.startsWith('[ERROR]') || it.startsWith('[WARNING]') } : 'no active finding, no warning'
assert log.any { it.contains('findings: 0 errors, 0 warnings, 0 info; suppressed: 1 by comments, 1 by excludes') }
assert log.any { it.startsWith('[INFO] BUILD SUCCESS') }

def results = new JsonSlurper().parse(new File(reports, 'schemaguard.sarif')).runs[0].results
assert results*.ruleId == ['business-key-not-unique', 'money-as-float']
assert results[0].suppressions == [[kind: 'inSource', justification: 'unique per tenant, enforced by the order service',
        location: [physicalLocation: [artifactLocation: [uri: V1], region: [startLine: 3, startColumn: 3]]]]]
assert results[1].suppressions == [[kind: 'external',
        justification: "excluded by the pattern 'archive.*' in the rule's <excludes>"]]

def json = new JsonSlurper().parse(new File(reports, 'schemaguard.json'))
assert json.summary.suppressed == 2 && json.summary.errors == 0
assert json.findings*.suppression*.kind == ['inSource', 'external']
assert json.findings[1].objectPath == 'archive.t_order_2024.pay_amount'

def junit = new XmlSlurper().parse(new File(reports, 'schemaguard-junit.xml'))
assert junit.testsuite.@skipped.text() == '2' && junit.testsuite.@failures.text() == '0'
def skipped = junit.testsuite.testcase.findAll { it.skipped.size() > 0 }
assert skipped*.@name*.text() == ['t_order.order_no', 'archive.t_order_2024.pay_amount']
assert skipped[0].skipped.@message.text() == 'suppressed: unique per tenant, enforced by the order service'

def checkstyle = new XmlSlurper().parse(new File(reports, 'schemaguard-checkstyle.xml'))
assert checkstyle.file.error.size() == 0 : 'Checkstyle readers count every entry as open, so suppressed ones stay out'
