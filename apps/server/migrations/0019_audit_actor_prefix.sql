-- Issue 13: 操作人 in the 审计日志 filter matches the beginning of the label (姓名（角色）). At a million rows the
-- old any-part ILIKE read the whole log back from the newest row (0.9 s for a year, bench/audit-list.mjs); a
-- trigram index would not help a two-character name. text_pattern_ops serves LIKE 'prefix%' under any collation.
create index audit_log_actor on audit_log (actor_label text_pattern_ops);
