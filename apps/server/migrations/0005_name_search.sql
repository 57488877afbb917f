-- Search of the review queues by 姓名 is a prefix LIKE. Under the database's collation (C.UTF-8 here,
-- zh_CN.UTF-8 in production) a plain btree cannot serve LIKE 'prefix%': at a million applications a search
-- walked the whole submission index (2.4 s, bench/review-queue.mjs). text_pattern_ops can (0.2 ms).
drop index applications_applicant_name;
create index applications_applicant_name on applications (applicant_name text_pattern_ops);
