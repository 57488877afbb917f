-- Issue 12: an audit log that proves itself against whoever holds the database.
--
-- The chain is keyed: each link is an HMAC-SHA-256 under AUDIT_CHAIN_KEY, a secret the database never sees, so
-- a row rewritten behind the triggers' back cannot be given a matching hash. Rows chained under the unkeyed
-- SHA-256 of migration 0007 are unsealed here, keeping everything they record, and the keyed sealer chains them
-- again, in id order, at the next start (verify the old chain with the release before this one first).
alter table audit_log disable trigger audit_log_no_change;
update audit_log set seq = null, prev_hash = null, hash = null where seq is not null;
alter table audit_log enable trigger audit_log_no_change;

-- A row is inserted unsealed, only the sealer chains it; still append-only after that. One trigger for all
-- three statements, so the one switch that turns it off is the one an attacker would need (and, on
-- PostgreSQL, only the tables' owner holds: README, Database roles).
create or replace function audit_log_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    if new.seq is null and new.prev_hash is null and new.hash is null then
      return new;
    end if;
    raise exception 'audit_log rows are inserted unsealed';
  end if;
  if tg_op = 'UPDATE' and old.seq is null and new.seq is not null
     and (to_jsonb(new) - array['seq', 'prev_hash', 'hash']) = (to_jsonb(old) - array['seq', 'prev_hash', 'hash']) then
    return new;
  end if;
  raise exception 'audit_log is append-only';
end
$$;
drop trigger audit_log_no_change on audit_log;
create trigger audit_log_no_change before insert or update or delete on audit_log
  for each row execute function audit_log_append_only();

-- What the scheduled verification found, for /metrics on every instance and for the 审计员: written once,
-- never changed (the server's role may only insert here too).
create table audit_verifications (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  -- 'full' walks the whole chain; 'checkpoint' the rows since the last checkpoint, before signing a new one
  kind text not null check (kind in ('full', 'checkpoint')),
  ok boolean not null,
  rows_checked bigint not null,
  broken_at bigint,
  problem text
);
create function audit_verifications_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_verifications is append-only';
end
$$;
create trigger audit_verifications_no_change before update or delete on audit_verifications
  for each row execute function audit_verifications_append_only();
