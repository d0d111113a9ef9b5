-- Payment provider callbacks, one row per successful payment of an order.
CREATE TABLE t_payment (
  id       bigserial     NOT NULL PRIMARY KEY,
  pay_no   varchar(14)   NOT NULL,
  order_no varchar(32)   NOT NULL,
  amount   numeric(12,2) NOT NULL,
  paid_at  timestamp     NOT NULL,
  CONSTRAINT uk_t_payment_pay_no UNIQUE (pay_no)
);
COMMENT ON COLUMN t_payment.pay_no IS '支付流水号';
COMMENT ON COLUMN t_payment.order_no IS '订单号';

-- The payment number comes from the clock, to the second.
CREATE FUNCTION t_payment_pay_no() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.pay_no := to_char(now(), 'YYYYMMDDHH24MISS');
  RETURN NEW;
END $$;

CREATE TRIGGER trg_t_payment_pay_no BEFORE INSERT ON t_payment
FOR EACH ROW EXECUTE FUNCTION t_payment_pay_no();
