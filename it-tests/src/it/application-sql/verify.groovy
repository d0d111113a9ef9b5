// Configured mapper folders, includes and excludes, and a folder of SQL scripts: each statement is checked.
def log = new File(basedir, 'build.log').readLines()
def DAO = 'src/main/mybatis/orders/StockDao.xml'

assert log.any { it.startsWith("[ERROR] ${DAO}:[4,1] (upsert-without-unique-key) INSERT ... ON DUPLICATE KEY UPDATE into t_stock ") }
assert log.any { it.startsWith('[ERROR] scripts/restock.sql:[2,1] (upsert-without-unique-key) ') }
assert log.any { it.startsWith("[INFO] ${DAO}:[10,1] (upsert-without-unique-key) (suppressed: an append-only log of stock moves) REPLACE into t_stock ") }
assert log.any { it.startsWith("[WARNING] ${DAO}:[12,1] (parse-error) Statement not understood: Encountered: <K_WHERE> / \"WHERE\" in com.example.StockDao.broken ") }
assert !log.any { it.contains('legacy/OldDao.xml') } : 'excluded'
assert log.any { it.contains('0 not understood; 2 application SQL files read, 4 application statements checked; findings: 2 errors, 1 warning, 0 info') }
assert log.any { it.startsWith('[INFO] BUILD FAILURE') }
assert !log.any { it.startsWith('\tat ') } : 'no stack trace'
