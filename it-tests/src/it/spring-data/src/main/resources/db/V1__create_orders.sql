CREATE TABLE loan_order (
  id       BIGINT      NOT NULL AUTO_INCREMENT,
  order_no VARCHAR(32) NOT NULL,
  status   VARCHAR(16) NOT NULL,
  PRIMARY KEY (id),
  KEY idx_loan_order_order_no (order_no)
);
