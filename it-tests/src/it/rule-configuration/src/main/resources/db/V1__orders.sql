CREATE TABLE t_order (
  id       BIGINT      NOT NULL PRIMARY KEY,
  order_no VARCHAR(32) NOT NULL
);

CREATE TABLE t_invoice (
  id           BIGINT      NOT NULL PRIMARY KEY,
  invoice_code VARCHAR(32) NOT NULL
);

CREATE TABLE audit_log (
  message   VARCHAR(200) NOT NULL
);
