-- Names and Role Provisioning Services 2.0 (decision 0019): where a launch said the course's member list
-- can be read (context_memberships_url) and which versions of the service the platform speaks, kept on
-- the class link so that an instructor can refresh the class's roster from it. Null: no launch said so.
alter table lti_context_link add column memberships_url varchar(1000);
alter table lti_context_link add column memberships_versions varchar(100);
