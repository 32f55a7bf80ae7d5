-- The read model behind GET /orders and the subscription that POST /orders waits on.
create table order_summary (
    id         uuid           not null primary key,
    user_id    uuid           not null,
    price      numeric(19, 2) not null,
    status     varchar(20)    not null,
    reason     varchar(40),
    placed_at  timestamp with time zone not null,
    decided_at timestamp with time zone
);
create index order_summary_by_user on order_summary (user_id, placed_at desc);
