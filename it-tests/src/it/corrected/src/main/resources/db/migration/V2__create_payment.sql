-- Payment numbers come from the provider and are unique; no clock-derived identifiers.
CREATE TABLE t_payment (
  id       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  pay_no   VARCHAR(32)   NOT NULL COMMENT '支付流水号',
  order_no VARCHAR(32)   NOT NULL COMMENT '订单号',
  amount   DECIMAL(12,2) NOT NULL,
  paid_at  DATETIME      NOT NULL,
  UNIQUE KEY uk_t_payment_pay_no (pay_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
