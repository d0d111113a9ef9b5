-- A legacy schema: old sins the team accepts with a baseline before fixing them one by one.
CREATE TABLE audit_log (
  message   TEXT        NOT NULL,
  logged_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE invoice (
  id     BIGINT NOT NULL PRIMARY KEY,
  amount FLOAT  NOT NULL
);
