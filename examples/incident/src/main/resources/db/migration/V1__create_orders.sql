-- Investment orders: one row per purchase.
-- The application builds order_no from the clock (yyyyMMddHHmmss), and the payment
-- callback marks an order paid with: UPDATE t_order SET status = 1 WHERE order_no = ?
CREATE TABLE t_order (
  id         BIGINT        NOT NULL AUTO_INCREMENT,
  user_id    BIGINT        NOT NULL,
  order_no   VARCHAR(32)   NOT NULL COMMENT '订单号',
  amount     DECIMAL(12,2) NOT NULL,
  status     TINYINT       NOT NULL DEFAULT 0 COMMENT '0 unpaid, 1 paid',
  created_at DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  KEY idx_t_order_order_no (order_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='订单表';
