-- Tamper evidence keyed by a secret kept outside the database (docs/event-store.md).
-- Written to run unchanged on PostgreSQL (15) and on H2 (2.x, MODE=PostgreSQL).

-- The key that computed each event's hash, an HMAC-SHA-256 over the previous hash and the event's
-- fields. NULL for events stored before this migration: their hash is the plain SHA-256 of version
-- 1, anchored by the keyed hash or head seal that follows them.
ALTER TABLE events ADD COLUMN key_id VARCHAR(64);

-- Each log's head is sealed: an HMAC over the negotiation, last sequence and last hash, written as
-- KEY_ID:HEX, so a head moved back over deleted events is found. Each negotiation is also an entry
-- of the ledger: its position (1, 2, 3 ... without gaps), the negotiation before it, and a link
-- (KEY_ID:HEX, an HMAC over the link before, the position, the id and the id before), so a deleted
-- negotiation is found. NULL until the store opened with a key seals a version 1 log.
ALTER TABLE negotiations ADD COLUMN head_seal VARCHAR(200);
ALTER TABLE negotiations ADD COLUMN ledger_position BIGINT;
ALTER TABLE negotiations ADD COLUMN ledger_previous VARCHAR(200);
ALTER TABLE negotiations ADD COLUMN ledger_link VARCHAR(200);

-- The ledger's head: how many negotiations it holds, the last one and its link, sealed by an HMAC
-- over those (KEY_ID:HEX), so deleting the last negotiation is found too. One row, id 1.
CREATE TABLE ledger (
  id INT NOT NULL PRIMARY KEY,
  negotiations BIGINT NOT NULL,
  last_negotiation VARCHAR(200) NOT NULL,
  last_link VARCHAR(200) NOT NULL,
  seal VARCHAR(200) NOT NULL,
  CHECK (id = 1)
);
