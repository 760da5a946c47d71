-- Licence state: the activated key and the last time the app saw the clock (to notice it set back).

CREATE TABLE license_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  key_text TEXT,
  activated_at INTEGER,
  activated_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  last_seen_at INTEGER
);
INSERT INTO license_state (id) VALUES (1);
