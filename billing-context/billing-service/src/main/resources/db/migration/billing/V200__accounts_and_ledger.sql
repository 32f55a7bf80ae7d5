-- Read models of billing, written in the transaction of the account's own events.
create table account_summary (
    user_id    uuid           not null primary key,
    balance    numeric(19, 2) not null,
    opened_at  timestamp with time zone not null,
    updated_at timestamp with time zone not null
);

create table ledger_entry (
    user_id         uuid           not null,
    transaction_id  varchar(160)   not null,
    sequence_number bigint         not null,
    type            varchar(20)    not null,
    amount          numeric(19, 2) not null,
    balance         numeric(19, 2) not null,
    order_id        uuid,
    occurred_at     timestamp with time zone not null,
    primary key (user_id, transaction_id)
);
create index ledger_entry_newest_first on ledger_entry (user_id, sequence_number desc);
