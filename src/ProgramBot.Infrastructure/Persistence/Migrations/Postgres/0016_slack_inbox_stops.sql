-- A Slack request given back unfinished because its worker's host was stopping (a deploy, a restart) has
-- its attempt given back too, so that restarts never use up the attempts of a request that did not fail;
-- stops counts those runs, so that the next run still knows an earlier one may have made its change.
ALTER TABLE slack_inbox ADD COLUMN stops BIGINT NOT NULL DEFAULT 0;
