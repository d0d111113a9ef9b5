// Spring Data: the corrected schema passes (no finding at all), the incident's fails at the repository's lines.
def log = new File(basedir, 'build.log').text.readLines()
def repository = 'src/main/java/com/example/loan/LoanOrderRepository.java'

def summaries = log.findAll { it.startsWith('[INFO] schemaguard: ') && it.contains(' findings: ') }
assert summaries.size() == 2 : 'both executions ran'
assert summaries[0].contains('1 application SQL file read, 3 application statements checked')
assert summaries[0].endsWith('findings: 0 errors, 0 warnings, 0 info') : 'the corrected schema passes'

assert log.any { it.startsWith("[ERROR] ${repository}:[17,5] (update-by-non-unique-key) UPDATE of loan_order is keyed by order_no") }
assert log.any { it.startsWith("[WARNING] ${repository}:[11,25] (single-row-lookup-by-non-unique-key) ") }
assert !log.any { it.contains('findByStatus') } : 'a finder returning a List assumes nothing'
assert log.any { it.contains("on project spring-data: schemaguard: ") }
