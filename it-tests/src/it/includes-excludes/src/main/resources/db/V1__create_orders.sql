CREATE TABLE t_order (
  id       BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_no VARCHAR(32) NOT NULL COMMENT '订单号',
  UNIQUE KEY uk_t_order_order_no (order_no)
);
