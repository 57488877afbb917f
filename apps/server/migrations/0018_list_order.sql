-- Issue 13 item 5: no list is cut off; each pages by keyset in its own order, and an index in that order makes a
-- page an index range read however long the list grows.
-- 证书管理: newest first, the number breaking the tie of one 发布's certificates.
create index certificates_created on certificates (created_at desc, number desc);
-- 评审结果: the applications in 材料审核通过 by 申报编号.
create index applications_approved_number on applications ((coalesce(number, '')), id)
  where status = '材料审核通过';
-- 申报例外情形 and 历史认定记录: newest first.
create index eligibility_exceptions_created on eligibility_exceptions (created_at desc, id desc);
create index talent_results_created on talent_results (created_at desc, id desc);
-- 申报通知: newest first (the id breaks ties).
drop index notices_created;
create index notices_created on notices (created_at desc, id desc);
