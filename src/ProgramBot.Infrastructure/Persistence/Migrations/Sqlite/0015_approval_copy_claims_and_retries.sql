-- An approval-card copy is claimed before it is updated, so two updates of one copy (the deciding turn's and
-- the background job's, or two turns') never run at once: a late update of an older version could otherwise
-- land after a newer one and stay on the card while the copy is recorded as showing the newer. The claim runs
-- out at update_claimed_until (the turn's reply budget, or ApprovalCopies:NoticeLease for the job), so a
-- claim a killed process left is taken over.
ALTER TABLE approval_messages ADD COLUMN update_claimed_until TEXT NULL;

-- Updates of a copy that failed in a row (5xx, timeouts, a permanent 400): the copy is tried again at
-- next_update_at, later after each failure, and given up after ApprovalCopies:UpdateAttempts; the
-- background job takes the copies never tried first, then the ones waiting longest.
ALTER TABLE approval_messages ADD COLUMN update_failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE approval_messages ADD COLUMN next_update_at TEXT NULL;
