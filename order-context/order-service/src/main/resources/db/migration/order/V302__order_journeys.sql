-- The journey of each order (GET /orders/{id}/journey): one row per event of the order, from any context.
-- The event's identifier is the key, so an event that comes again (a retry, a replay) adds nothing.
create table order_journey_step (
    event_id    varchar(255)   not null primary key,
    order_id    uuid           not null,
    step        varchar(40)    not null,
    context     varchar(40)    not null,
    occurred_at timestamp with time zone not null,
    amount      numeric(19, 2),
    reason      varchar(40),
    detail      varchar(1000)
);
create index order_journey_step_by_order on order_journey_step (order_id, occurred_at);
