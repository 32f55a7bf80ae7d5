-- Set-based validation: one row per registered user, written with the registration itself.
create table identity_claim (
    user_id  uuid         not null primary key,
    username varchar(64)  not null,
    email    varchar(254) not null,
    constraint identity_claim_username_key unique (username),
    constraint identity_claim_email_key unique (email)
);

-- The read model behind GET /users/{id}.
create table user_profile (
    id            uuid         not null primary key,
    username      varchar(64)  not null,
    email         varchar(254) not null,
    first_name    varchar(100) not null,
    last_name     varchar(100) not null,
    phone         varchar(32),
    registered_at timestamp with time zone not null
);
