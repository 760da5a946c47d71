-- Follow-up reminders: when the reminder of a follow-up went out, so a restart does not repeat it,
-- and the open, unreminded follow-ups by due time across every assignee (the next one to remind).
-- A company's contacts by name, for its company page.

ALTER TABLE followups ADD COLUMN reminded_at INTEGER;
-- Follow-ups already overdue before reminders existed count as reminded: an upgrade must not
-- greet the user with a reminder for every old one.
UPDATE followups SET reminded_at = CAST(unixepoch('subsec') * 1000 AS INTEGER)
  WHERE due_at <= unixepoch('subsec') * 1000;
CREATE INDEX followups_to_remind ON followups(due_at, id)
  WHERE done_at IS NULL AND due_at IS NOT NULL AND reminded_at IS NULL;
CREATE INDEX contacts_by_company ON contacts(company_id, sort_name, id)
  WHERE company_id IS NOT NULL AND deleted_at IS NULL;
