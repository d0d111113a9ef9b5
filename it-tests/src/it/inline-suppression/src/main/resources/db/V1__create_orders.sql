CREATE TABLE t_order (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  -- schemaguard:ignore business-key-not-unique reason: unique per tenant, enforced by the order service
  order_no VARCHAR(32) NOT NULL,
  remark VARCHAR(255) COMMENT 'a -- schemaguard:ignore in a string is no comment'
);
CREATE TABLE archive.t_order_2024 (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  pay_amount DOUBLE NOT NULL
);
