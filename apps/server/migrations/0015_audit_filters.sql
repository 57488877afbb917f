-- Issue 13: the 安全审计员 filters the log by 操作, 对象, IP and period, newest first by id (keyset): an index per
-- filter ending in id, so a page is an index range read however long the log grows. 操作人 is searched by any
-- part of its label, which no b-tree serves: that filter reads back from the newest row until a page is full.
create index audit_log_action on audit_log (action, id);
create index audit_log_target on audit_log (target_type, target_id, id);
create index audit_log_ip on audit_log (ip, id);
create index audit_log_at on audit_log (at);
