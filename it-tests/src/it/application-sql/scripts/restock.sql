-- a monthly job
INSERT INTO t_stock (sku_code, qty) VALUES ('A-1', 10) ON DUPLICATE KEY UPDATE qty = qty + 10;
