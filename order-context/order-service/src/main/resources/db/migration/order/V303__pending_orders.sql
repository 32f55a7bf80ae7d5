-- How far behind the shop is, asked before every new order is taken (OrderBacklog): the orders still pending, and
-- those decided in the last seconds. An index of the pending orders alone stays as small as the backlog.
create index order_summary_pending on order_summary (placed_at) where status = 'PENDING';
create index order_summary_by_decision on order_summary (decided_at);
