-- Payment provider callbacks, one row per successful payment of an order.
CREATE TABLE t_payment (
  id       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  pay_no   VARCHAR(14)   NOT NULL COMMENT '支付流水号',
  order_no VARCHAR(32)   NOT NULL COMMENT '订单号',
  amount   DECIMAL(12,2) NOT NULL,
  paid_at  DATETIME      NOT NULL,
  UNIQUE KEY uk_t_payment_pay_no (pay_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The payment number comes from the clock, to the second.
DELIMITER $$
CREATE TRIGGER trg_t_payment_pay_no BEFORE INSERT ON t_payment
FOR EACH ROW
BEGIN
  SET NEW.pay_no = DATE_FORMAT(NOW(), '%Y%m%d%H%i%s');
END$$
DELIMITER ;
