-- The `outbox` transport: messages are stored instead of sent (local development,
-- shown at /dev/mail). The idempotency key makes a repeated send a no-op.
CREATE TABLE mail_outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  idempotency_key TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  sender TEXT NOT NULL,
  recipient TEXT NOT NULL,
  subject TEXT NOT NULL,
  headers TEXT NOT NULL, -- JSON object of extra header names to values
  html TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX mail_outbox_by_recipient ON mail_outbox (recipient);
