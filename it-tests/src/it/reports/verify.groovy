// Every requested report is written (before the build fails), parses, and holds both findings.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').readLines()
def reports = new File(basedir, 'target/schemaguard')
def orders = 'src/main/resources/db/V1__orders.sql'

['schemaguard.sarif', 'schemaguard-checkstyle.xml', 'schemaguard-junit.xml', 'schemaguard.json', 'schemaguard.html'].each { name ->
    assert new File(reports, name).isFile() : "missing report ${name}"
}
['sarif': 'schemaguard.sarif', 'checkstyle': 'schemaguard-checkstyle.xml', 'junit': 'schemaguard-junit.xml',
 'json': 'schemaguard.json', 'html': 'schemaguard.html'].each { format, name ->
    assert log.contains("[INFO] schemaguard: ${format} report written to target/schemaguard/${name}".toString())
}

def sarif = new JsonSlurper().parse(new File(reports, 'schemaguard.sarif'))
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.name == 'schemaguard'
assert run.tool.driver.rules*.id.containsAll(['business-key-not-unique', 'table-without-primary-key'])
def businessKey = run.results.find { it.ruleId == 'business-key-not-unique' }
assert businessKey.level == 'error'
assert businessKey.locations[0].physicalLocation.artifactLocation.uri == orders
assert businessKey.locations[0].physicalLocation.region.startLine == 5
assert businessKey.partialFingerprints['schemaguard/v1'] == 'business-key-not-unique:t_order.order_no'
assert run.results.find { it.ruleId == 'table-without-primary-key' }.level == 'warning'

def checkstyle = new XmlSlurper().parse(new File(reports, 'schemaguard-checkstyle.xml'))
assert checkstyle.file.@name.text() == orders
assert checkstyle.file.error*.@source*.text() == ['schemaguard.business-key-not-unique', 'schemaguard.table-without-primary-key']

def junit = new XmlSlurper().parse(new File(reports, 'schemaguard-junit.xml'))
def failed = junit.testsuite.testcase.findAll { it.failure.size() > 0 }
assert failed*.@classname*.text() == ['schemaguard.business-key-not-unique']
assert failed*.@name*.text() == ['t_order.order_no']

def json = new JsonSlurper().parse(new File(reports, 'schemaguard.json'))
assert json.summary.errors == 1 && json.summary.warnings == 1
assert json.findings*.ruleId == ['business-key-not-unique', 'table-without-primary-key']

def html = new File(reports, 'schemaguard.html').getText('UTF-8')
assert html.startsWith('<!DOCTYPE html>') && html.endsWith('</html>\n')
assert html.contains('<h1>Fails the build</h1>')
assert (html =~ /<section class="group" id="group-\d+" data-group="table">/).size() == 2
assert html.contains('<pre><code>ALTER TABLE')

assert log.any { it.startsWith("::error file=${orders},line=5,col=3,title=business-key-not-unique::") }
assert log.any { it.startsWith("::warning file=${orders},line=8,col=1,title=table-without-primary-key::") }
assert log.any { it.startsWith('[INFO] BUILD FAILURE') }
