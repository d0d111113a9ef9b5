// The incident's orders table, in PostgreSQL's words, in a schema of this sample's own.
def sql = '''
DROP SCHEMA IF EXISTS live_it_live CASCADE;
CREATE SCHEMA live_it_live;
CREATE TABLE live_it_live.t_order (id BIGSERIAL PRIMARY KEY, order_no VARCHAR(32) NOT NULL, amount NUMERIC(12,2) NOT NULL);
COMMENT ON COLUMN live_it_live.t_order.order_no IS 'order number';
CREATE INDEX idx_t_order_order_no ON live_it_live.t_order (order_no);
'''
def psql = ['psql', '-h', '127.0.0.1', '-U', 'postgres', '-d', 'test', '-v', 'ON_ERROR_STOP=1', '-q', '-c', sql].execute()
psql.waitForProcessOutput(System.out, System.err)
assert psql.exitValue() == 0
