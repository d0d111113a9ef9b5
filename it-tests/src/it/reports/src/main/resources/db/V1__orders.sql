-- The order number identifies an order but nothing keeps it unique (an error);
-- the audit log has no primary key (a warning).
CREATE TABLE t_order (
  id       BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_no VARCHAR(32) NOT NULL
);

CREATE TABLE audit_log (
  message   TEXT     NOT NULL,
  logged_at DATETIME NOT NULL
);
