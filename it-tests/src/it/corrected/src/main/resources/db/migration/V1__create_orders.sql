-- The incident's orders table as it should have been: the order number is unique.
CREATE TABLE t_order (
  id         BIGINT        NOT NULL AUTO_INCREMENT,
  user_id    BIGINT        NOT NULL,
  order_no   VARCHAR(32)   NOT NULL COMMENT '订单号',
  amount     DECIMAL(12,2) NOT NULL,
  status     TINYINT       NOT NULL DEFAULT 0 COMMENT '0 unpaid, 1 paid',
  created_at DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  UNIQUE KEY uk_t_order_order_no (order_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='订单表';

INSERT INTO t_order (user_id, order_no, amount) VALUES (1, 'O2014110600000001', 100.00);
