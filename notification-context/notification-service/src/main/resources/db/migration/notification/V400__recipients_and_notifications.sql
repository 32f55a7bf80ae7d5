-- The address of every registered user, kept from the user context's events.
create table recipient (
    user_id    uuid         not null primary key,
    email      varchar(254) not null,
    first_name varchar(100) not null
);

-- Every email "sent": the service sends by storing.
create table notification (
    id       uuid          not null primary key,
    user_id  uuid,
    email    varchar(254)  not null,
    order_id uuid,
    kind     varchar(20)   not null,
    subject  varchar(200)  not null,
    body     varchar(5000) not null,
    sent_at  timestamp with time zone not null
);
create index notification_by_user on notification (user_id, sent_at desc);
-- one email per order outcome, whatever happens upstream
create unique index notification_one_per_order on notification (order_id);
