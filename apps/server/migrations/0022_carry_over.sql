-- Issue 14, item 3: 带入上次申报信息. A new application copies the modules of the applicant's last submitted one.
-- Its attachments are new rows naming the same stored file: blob_key is no longer unique, and a file is removed
-- only when no row names it any more (the removal checks, the sweep counts every row).
alter table application_attachments drop constraint application_attachments_blob_key_key;
create index application_attachments_blob_key on application_attachments (blob_key);

-- 已带入（请核对）: one row per carried module, gone when the applicant saves the module (or an entry of it) or
-- confirms it (核对无误). 提交 waits until none is left. `notes`: what was left empty on the way, and why.
create table application_carried_modules (
  application_id uuid not null references applications (id) on delete cascade,
  module text not null check (module in (
    'basic', 'education', 'training', 'papers', 'work', 'partTime', 'performance', 'achievement', 'honors', 'awards'
  )),
  from_application_id uuid not null references applications (id),
  notes jsonb not null default '[]' check (jsonb_typeof(notes) = 'array'),
  created_at timestamptz not null default now(),
  primary key (application_id, module)
);
