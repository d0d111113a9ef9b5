CREATE TABLE t_order (
  id BIGINT NOT NULL AUTO_INCREMENT,
  order_no VARCHAR(32) NOT NULL,
  is_paid BIT(1) NOT NULL DEFAULT b'0',
  PRIMARY KEY (id),
  UNIQUE KEY order_no (order_no)
);

CREATE TABLE audit_log (message VARCHAR(200));
