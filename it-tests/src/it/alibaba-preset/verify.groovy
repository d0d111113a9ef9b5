// The preset's rules report in Chinese, the one turned off stays silent, table-without-primary-key stays English,
// and warnings alone do not fail the build.
def log = new File(basedir, 'build.log').readLines()

assert log.any { it.startsWith('[WARNING] src/main/resources/db/V1__orders.sql:') && it.contains('(alibaba-unsigned-auto-increment)')
        && it.contains('t_order.id 是有符号的 bigint 自增 id') }
assert log.any { it.contains('(alibaba-boolean-column-type)') && it.contains('t_order.is_paid 表示是与否') }
assert log.any { it.contains('(alibaba-index-name-prefix)') && it.contains('请改名为 uk_order_no') }
assert !log.any { it.contains('(alibaba-required-columns)') }
assert log.any { it.contains('(table-without-primary-key)') && it.contains('Table audit_log has no primary key') }
assert log.any { it.startsWith('[INFO] BUILD SUCCESS') }
