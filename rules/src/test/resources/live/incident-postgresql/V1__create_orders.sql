-- The incident's schema (examples/incident) in PostgreSQL, for the live reader's parity test.
-- Investment orders: one row per purchase; the application builds order_no from the clock.
CREATE TABLE t_order (
  id         bigserial     NOT NULL,
  user_id    bigint        NOT NULL,
  order_no   varchar(32)   NOT NULL,
  amount     numeric(12,2) NOT NULL,
  status     smallint      NOT NULL DEFAULT 0,
  created_at timestamp     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id)
);
COMMENT ON TABLE t_order IS '订单表';
COMMENT ON COLUMN t_order.order_no IS '订单号';
COMMENT ON COLUMN t_order.status IS '0 unpaid, 1 paid';
CREATE INDEX idx_t_order_order_no ON t_order (order_no);
