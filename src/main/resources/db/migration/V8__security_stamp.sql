-- Changes whenever an administrator changes what an account may do (disable or enable, role, password
-- reset). Every request of an open session compares it with the one the session signed in with, so
-- the change reaches sessions on every server at once; see docs/decisions/0008-account-changes-end-sessions.md.
alter table app_user add column security_stamp integer default 0 not null;
