-- Call center (module `calls`): every call an agent dialled or took, with the server's times of
-- its start, answer and end, from which its duration and effective call time are counted.
CREATE TABLE calls (
  id INTEGER PRIMARY KEY,
  agent_id INTEGER NOT NULL REFERENCES users(id),
  contact_id INTEGER REFERENCES contacts(id),
  direction TEXT NOT NULL CHECK (direction IN ('inbound', 'outbound')),
  -- The other party's number as dialled or as the phone system gave it.
  number TEXT NOT NULL,
  started_at INTEGER NOT NULL,
  answered_at INTEGER,
  ended_at INTEGER,
  outcome TEXT CHECK (outcome IN ('answered', 'missed', 'noAnswer', 'busy', 'voicemail')),
  notes TEXT,
  -- The recording the phone system made, attached as a file (kept under the data directory like
  -- work-order attachments); all three or none.
  recording_name TEXT,
  recording_stored_as TEXT,
  recording_size INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  CHECK (answered_at IS NULL OR answered_at >= started_at),
  CHECK (ended_at IS NULL OR ended_at >= COALESCE(answered_at, started_at)),
  -- An ended call has its outcome, a running one none; `answered` exactly when it was answered.
  CHECK ((ended_at IS NULL) = (outcome IS NULL)),
  CHECK (outcome IS NULL OR (outcome = 'answered') = (answered_at IS NOT NULL)),
  CHECK ((recording_name IS NULL) = (recording_stored_as IS NULL)
    AND (recording_name IS NULL) = (recording_size IS NULL)),
  CHECK (recording_name IS NULL OR ended_at IS NOT NULL)
);
-- A contact's calls, newest first (its call list, its timeline).
CREATE INDEX calls_by_contact ON calls(contact_id, started_at, id) WHERE contact_id IS NOT NULL;
-- An agent's calls.
CREATE INDEX calls_by_agent ON calls(agent_id, started_at, id);
-- All calls of a day, and the daily report.
CREATE INDEX calls_by_start ON calls(started_at, id);
