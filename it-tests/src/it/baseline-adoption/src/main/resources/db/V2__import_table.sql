-- Another legacy table without a primary key; the "fixed" profile leaves this file out, as if it were fixed.
CREATE TABLE csv_import (
  line TEXT NOT NULL
);
