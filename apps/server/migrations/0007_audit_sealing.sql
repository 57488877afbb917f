-- Issue 9: audited writes no longer queue behind one lock. A change's transaction inserts its audit row
-- unsealed (no seq, no hashes); the sealer links committed rows into the hash chain in batches, in the order
-- it finds them, under a lock only the sealer takes. The chain is walked by seq, no longer by id.
alter table audit_log alter column prev_hash drop not null;
alter table audit_log alter column hash drop not null;
alter table audit_log add column seq bigint unique;

-- rows chained before this migration keep their hashes: their place in the chain is their id order
alter table audit_log disable trigger audit_log_no_change;
update audit_log set seq = o.n from (select id, row_number() over (order by id) as n from audit_log) o
  where audit_log.id = o.id;
alter table audit_log enable trigger audit_log_no_change;
alter table audit_log add constraint audit_log_sealed_whole
  check ((seq is null) = (hash is null) and (hash is null) = (prev_hash is null));

create index audit_log_unsealed on audit_log (id) where seq is null;

-- Still append-only: the one change allowed is sealing a row once (seq and hashes set where they were null),
-- with everything it records unchanged.
create or replace function audit_log_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and old.seq is null and new.seq is not null
     and (to_jsonb(new) - array['seq', 'prev_hash', 'hash']) = (to_jsonb(old) - array['seq', 'prev_hash', 'hash']) then
    return new;
  end if;
  raise exception 'audit_log is append-only';
end
$$;
