-- Who sees which customers: a company setting, and customers shared with named colleagues.

-- 'all': everyone sees every customer. 'own': staff and agents see the customers they own and
-- those shared with them; owner and admin always see all.
ALTER TABLE company ADD COLUMN customer_visibility TEXT NOT NULL DEFAULT 'all'
  CHECK (customer_visibility IN ('all', 'own'));
ALTER TABLE company ADD COLUMN updated_at INTEGER;
ALTER TABLE company ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- By user first: "which customers are shared with me" is the question every scoped list asks.
CREATE TABLE contact_shares (
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  PRIMARY KEY (user_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX contact_shares_by_contact ON contact_shares(contact_id);
