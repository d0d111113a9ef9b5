CREATE TABLE audit_log (
  message   TEXT        NOT NULL,
  logged_at TIMESTAMPTZ NOT NULL
);
