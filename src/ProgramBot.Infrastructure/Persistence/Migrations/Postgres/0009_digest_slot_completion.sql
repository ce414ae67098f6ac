-- A claimed digest slot is completed once its delivery attempt has finished, whatever the outcome
-- (sent, refused, or given up after the messenger's retries). A claim that is never completed means
-- the process died between the claim and the end of the send: after the lease (Digests:ClaimLease)
-- the slot may be claimed once more (claims counts the claims), then it is recorded as abandoned.
ALTER TABLE digest_slots ADD COLUMN completed_at TEXT NULL;
ALTER TABLE digest_slots ADD COLUMN claims BIGINT NOT NULL DEFAULT 1;

-- Slots claimed before this migration went through the old, complete-or-lost path: none is retried.
UPDATE digest_slots SET completed_at = claimed_at;

-- The recovery sweep reads only the open claims, a handful at most.
CREATE INDEX ix_digest_slots_open ON digest_slots (claimed_at) WHERE completed_at IS NULL;
