-- The balance an account shows is that of its newest ledger entry. The ledger is only appended to, so an event
-- written twice (as it happens, and once more by the catch-up that follows the event stream) changes nothing.
alter table account_summary drop column balance, drop column updated_at;
