CREATE TABLE audit_event (
  id     BIGINT       NOT NULL PRIMARY KEY,
  detail VARCHAR(200) NOT NULL
);

-- A typo: the doubled comma makes this statement unreadable.
CREATE TABLE audit_note (
  id   BIGINT       NOT NULL PRIMARY KEY,,
  note VARCHAR(200) NOT NULL
);
