--liquibase formatted sql logicalFilePath:eventplan/warehouse/changelog.sql

-- A stand-in, written by hand, for the changelog the warehouse emitter generates from
-- test-plan/tracking-plan.yaml: the collector's tests need the tables before that emitter is merged.
-- Same shape as the issue describes: companies, people, events, rejected_events, one typed table per event.

--changeset eventplan:companies
CREATE TABLE companies (
  company_id text PRIMARY KEY,
  name text NOT NULL,
  plan text CHECK (plan IN ('free', 'team', 'enterprise')),
  employees bigint CHECK (employees >= 0),
  created_at timestamptz
);

--changeset eventplan:people
CREATE TABLE people (
  user_id text PRIMARY KEY,
  email text NOT NULL,
  name text CHECK (char_length(name) <= 200),
  company_id text REFERENCES companies (company_id),
  created_at timestamptz,
  role text CHECK (role IN ('admin', 'member', 'viewer')),
  first_seen_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL
);

--changeset eventplan:events
CREATE TABLE events (
  event_id uuid PRIMARY KEY,
  event_name text NOT NULL,
  user_id text,
  anonymous_id text,
  "timestamp" timestamptz NOT NULL,
  received_at timestamptz NOT NULL,
  url text,
  properties jsonb NOT NULL,
  context jsonb NOT NULL,
  plan_version integer NOT NULL
);
CREATE INDEX events_user_id_timestamp ON events (user_id, "timestamp");
CREATE INDEX events_event_name_timestamp ON events (event_name, "timestamp");

--changeset eventplan:rejected_events
CREATE TABLE rejected_events (
  rejected_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  received_at timestamptz NOT NULL,
  message_type text,
  event_name text,
  message_id text,
  payload jsonb NOT NULL,
  reasons jsonb NOT NULL,
  plan_version integer NOT NULL
);

--changeset eventplan:logged_in
CREATE TABLE logged_in (
  event_id uuid PRIMARY KEY REFERENCES events (event_id),
  "timestamp" timestamptz NOT NULL,
  user_id text NOT NULL CHECK (char_length(user_id) <= 255),
  url text NOT NULL,
  type text NOT NULL CHECK (type IN ('password', 'sso', 'magic_link'))
);

--changeset eventplan:signed_up
CREATE TABLE signed_up (
  event_id uuid PRIMARY KEY REFERENCES events (event_id),
  "timestamp" timestamptz NOT NULL,
  user_id text NOT NULL CHECK (char_length(user_id) <= 255),
  url text,
  signup_method text NOT NULL CHECK (signup_method IN ('email', 'google', 'github', 'sso')),
  plan text CHECK (plan IN ('free', 'team', 'enterprise')),
  referrer text
);

--changeset eventplan:logged_out
CREATE TABLE logged_out (
  event_id uuid PRIMARY KEY REFERENCES events (event_id),
  "timestamp" timestamptz NOT NULL,
  user_id text NOT NULL CHECK (char_length(user_id) <= 255),
  url text,
  reason text CHECK (reason IN ('manual', 'session_expired'))
);

--changeset eventplan:feature_used
CREATE TABLE feature_used (
  event_id uuid PRIMARY KEY REFERENCES events (event_id),
  "timestamp" timestamptz NOT NULL,
  user_id text NOT NULL CHECK (char_length(user_id) <= 255),
  url text,
  feature text NOT NULL
    CHECK (feature IN ('dashboard', 'report_export', 'csv_import', 'api_keys', 'team_invite', 'sso_setup')),
  surface text CHECK (surface IN ('web', 'mobile', 'api'))
);

--changeset eventplan:login_failed
CREATE TABLE login_failed (
  event_id uuid PRIMARY KEY REFERENCES events (event_id),
  "timestamp" timestamptz NOT NULL,
  user_id text CHECK (char_length(user_id) <= 255),
  url text,
  type text NOT NULL CHECK (type IN ('password', 'sso', 'magic_link')),
  reason text NOT NULL CHECK (reason IN ('invalid_credentials', 'account_locked', 'sso_error', 'unknown_user')),
  attempt bigint CHECK (attempt BETWEEN 1 AND 100)
);

--changeset eventplan:page_viewed
CREATE TABLE page_viewed (
  event_id uuid PRIMARY KEY REFERENCES events (event_id),
  "timestamp" timestamptz NOT NULL,
  user_id text CHECK (char_length(user_id) <= 255),
  url text,
  name text,
  path text,
  title text,
  referrer text,
  search text
);

--changeset eventplan:order_placed
CREATE TABLE order_placed (
  event_id uuid PRIMARY KEY REFERENCES events (event_id),
  "timestamp" timestamptz NOT NULL,
  user_id text CHECK (char_length(user_id) <= 255),
  url text,
  "order" text NOT NULL CHECK (char_length("order") BETWEEN 2 AND 20),
  "select" boolean,
  total double precision CHECK (total >= 0),
  quantity bigint CHECK (quantity BETWEEN 1 AND 1000),
  placed_on date,
  coupon_id uuid,
  contact text,
  tags jsonb,
  shipping jsonb
);
