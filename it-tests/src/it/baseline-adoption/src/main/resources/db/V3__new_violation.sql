-- Written after the baseline: a new money column as binary floating point must fail the build.
CREATE TABLE payment (
  id    BIGINT NOT NULL PRIMARY KEY,
  total DOUBLE PRECISION NOT NULL
);
