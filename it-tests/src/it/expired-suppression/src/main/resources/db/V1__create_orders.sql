CREATE TABLE t_order (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  -- schemaguard:ignore business-key-not-unique reason: until the unique key migration until: 2020-01-31
  order_no VARCHAR(32) NOT NULL
);
