--liquibase formatted sql logicalFilePath:eventplan/db/changelog.sql

-- Generated from tracking-plan.yaml by eventplan - do not edit.
-- PostgreSQL 17. Every changeset is recorded in tracking-plan.lock.json and never changes; see docs/warehouse.md.

--changeset eventplan:0001-create-companies
--comment: plan version 3: create table companies (companies)
CREATE TABLE "companies" (
  "company_id" text NOT NULL PRIMARY KEY,
  "first_seen_at" timestamptz NOT NULL DEFAULT now(),
  "last_seen_at" timestamptz NOT NULL DEFAULT now(),
  "name" text NOT NULL,
  "plan" text,
  "employees" bigint,
  "created_at" timestamptz,
  CONSTRAINT "companies_plan_values" CHECK ("plan" IN ('free', 'team', 'enterprise')),
  CONSTRAINT "companies_employees_min" CHECK ("employees" >= 0),
  CONSTRAINT "companies_created_at_finite" CHECK (isfinite("created_at"))
);
COMMENT ON TABLE "companies" IS 'One row per company, with its traits from group calls. Traits of a customer account, sent with group calls; one row per company in the companies table.';
COMMENT ON COLUMN "companies"."company_id" IS 'Id of the company (the group id of group calls).';
COMMENT ON COLUMN "companies"."first_seen_at" IS 'When the company was first seen.';
COMMENT ON COLUMN "companies"."last_seen_at" IS 'When the company was last seen.';
COMMENT ON COLUMN "companies"."name" IS 'Name of the company.';
COMMENT ON COLUMN "companies"."plan" IS 'Current subscription plan.';
COMMENT ON COLUMN "companies"."employees" IS 'Number of employees, as declared by the company.';
COMMENT ON COLUMN "companies"."created_at" IS 'When the company''s workspace was created.';

--changeset eventplan:0002-create-people
--comment: plan version 3: create table people (people)
CREATE TABLE "people" (
  "user_id" text NOT NULL PRIMARY KEY,
  "company_id" text REFERENCES "companies" ("company_id"),
  "first_seen_at" timestamptz NOT NULL DEFAULT now(),
  "last_seen_at" timestamptz NOT NULL DEFAULT now(),
  "email" text NOT NULL,
  "name" text,
  "created_at" timestamptz,
  "role" text,
  CONSTRAINT "people_name_max_length" CHECK (char_length("name") <= 200),
  CONSTRAINT "people_created_at_finite" CHECK (isfinite("created_at")),
  CONSTRAINT "people_role_values" CHECK ("role" IN ('admin', 'member', 'viewer'))
);
COMMENT ON TABLE "people" IS 'One row per person, with their traits from identify calls. Traits of a user, sent with identify calls; one row per person in the people table.';
COMMENT ON COLUMN "people"."user_id" IS 'Id of the person (the user id of identify calls).';
COMMENT ON COLUMN "people"."company_id" IS 'Id of the company (account) the person belongs to.';
COMMENT ON COLUMN "people"."first_seen_at" IS 'When the person was first seen.';
COMMENT ON COLUMN "people"."last_seen_at" IS 'When the person was last seen.';
COMMENT ON COLUMN "people"."email" IS 'Login e-mail address of the person.';
COMMENT ON COLUMN "people"."name" IS 'Full name, as the person entered it.';
COMMENT ON COLUMN "people"."created_at" IS 'When the person signed up.';
COMMENT ON COLUMN "people"."role" IS 'The person''s role in their company''s workspace.';
CREATE INDEX "people_company_id_idx" ON "people" ("company_id");

--changeset eventplan:0003-create-events
--comment: plan version 3: create table events (events)
CREATE TABLE "events" (
  "event_id" uuid NOT NULL PRIMARY KEY,
  "event_name" text NOT NULL,
  "event_version" integer NOT NULL DEFAULT 1,
  "user_id" text,
  "anonymous_id" text,
  "timestamp" timestamptz NOT NULL,
  "received_at" timestamptz NOT NULL DEFAULT now(),
  "url" text,
  "properties" jsonb NOT NULL,
  "context" jsonb,
  "plan_version" integer NOT NULL,
  CONSTRAINT "events_properties_type" CHECK (jsonb_typeof("properties") = 'object'),
  CONSTRAINT "events_context_type" CHECK (jsonb_typeof("context") = 'object')
);
COMMENT ON TABLE "events" IS 'One row per accepted event, whatever its name; each event''s typed table holds the same event column by column.';
COMMENT ON COLUMN "events"."event_id" IS 'Id of the event: the deduplication key.';
COMMENT ON COLUMN "events"."event_name" IS 'Name of the event as in the plan, e.g. Logged In.';
COMMENT ON COLUMN "events"."event_version" IS 'Major version of the event; version 2 and up have their own typed table.';
COMMENT ON COLUMN "events"."user_id" IS 'Id of the logged-in user; NULL while the visitor is anonymous.';
COMMENT ON COLUMN "events"."anonymous_id" IS 'Id of the anonymous visitor, when the sender has one.';
COMMENT ON COLUMN "events"."timestamp" IS 'When the event happened, as the sender says.';
COMMENT ON COLUMN "events"."received_at" IS 'When the collector accepted the event.';
COMMENT ON COLUMN "events"."url" IS 'Page or endpoint where the event happened.';
COMMENT ON COLUMN "events"."properties" IS 'The event''s properties as sent (validated against the plan).';
COMMENT ON COLUMN "events"."context" IS 'What the sender knew besides the properties: library, user agent, ip...';
COMMENT ON COLUMN "events"."plan_version" IS 'Version of the plan that validated the event.';
CREATE INDEX "events_user_id_event_name_timestamp_idx" ON "events" ("user_id", "event_name", "timestamp" DESC);
CREATE INDEX "events_event_name_timestamp_idx" ON "events" ("event_name", "timestamp" DESC);

--changeset eventplan:0004-create-rejected_events
--comment: plan version 3: create table rejected_events (rejected events)
CREATE TABLE "rejected_events" (
  "id" bigint NOT NULL GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  "received_at" timestamptz NOT NULL DEFAULT now(),
  "event_name" text,
  "payload" text NOT NULL,
  "reasons" jsonb NOT NULL,
  "source_ip" inet,
  "plan_version" integer,
  CONSTRAINT "rejected_events_reasons_type" CHECK (jsonb_typeof("reasons") = 'array')
);
COMMENT ON TABLE "rejected_events" IS 'Every event the collector could not accept, with its raw payload and the reasons, so nothing is lost.';
COMMENT ON COLUMN "rejected_events"."id" IS 'Sequence number of the rejection.';
COMMENT ON COLUMN "rejected_events"."received_at" IS 'When the collector received the event.';
COMMENT ON COLUMN "rejected_events"."event_name" IS 'Name of the event, when the collector could read one.';
COMMENT ON COLUMN "rejected_events"."payload" IS 'The request body exactly as received (it may not be valid JSON).';
COMMENT ON COLUMN "rejected_events"."reasons" IS 'Why the event was refused: a list of {path, rule, message}.';
COMMENT ON COLUMN "rejected_events"."source_ip" IS 'Address the event came from, when known.';
COMMENT ON COLUMN "rejected_events"."plan_version" IS 'Version of the plan the event was checked against.';
CREATE INDEX "rejected_events_received_at_idx" ON "rejected_events" ("received_at" DESC);
CREATE INDEX "rejected_events_event_name_received_at_idx" ON "rejected_events" ("event_name", "received_at" DESC);

--changeset eventplan:0005-create-logged_in
--comment: plan version 3: create table logged_in (event 'Logged In' version 1)
CREATE TABLE "logged_in" (
  "_event_id" uuid NOT NULL PRIMARY KEY REFERENCES "events" ("event_id") ON DELETE CASCADE,
  "_received_at" timestamptz NOT NULL,
  "_anonymous_id" text,
  "_plan_version" integer NOT NULL,
  "event_id" uuid NOT NULL,
  "timestamp" timestamptz NOT NULL,
  "user_id" text NOT NULL,
  "url" text NOT NULL,
  "type" text NOT NULL,
  CONSTRAINT "logged_in_timestamp_finite" CHECK (isfinite("timestamp")),
  CONSTRAINT "logged_in_user_id_max_length" CHECK (char_length("user_id") <= 255),
  CONSTRAINT "logged_in_type_values" CHECK ("type" IN ('password', 'sso', 'magic_link'))
);
COMMENT ON TABLE "logged_in" IS 'Event ''Logged In'' (version 1): A user logged in successfully through the login form.';
COMMENT ON COLUMN "logged_in"."_event_id" IS 'The event''s row in events (envelope column).';
COMMENT ON COLUMN "logged_in"."_received_at" IS 'When the collector accepted the event (envelope column).';
COMMENT ON COLUMN "logged_in"."_anonymous_id" IS 'Id of the anonymous visitor, when the sender has one (envelope column).';
COMMENT ON COLUMN "logged_in"."_plan_version" IS 'Version of the plan that validated the event (envelope column).';
COMMENT ON COLUMN "logged_in"."event_id" IS 'Unique id of the event, generated by the sender; the deduplication key.';
COMMENT ON COLUMN "logged_in"."timestamp" IS 'When the event happened, ISO-8601 with a UTC offset.';
COMMENT ON COLUMN "logged_in"."user_id" IS 'Id of the logged-in user; absent while the visitor is anonymous.';
COMMENT ON COLUMN "logged_in"."url" IS 'Page (or API endpoint) where the event happened.';
COMMENT ON COLUMN "logged_in"."type" IS 'How the user authenticated.';

--changeset eventplan:0006-create-signed_up
--comment: plan version 3: create table signed_up (event 'Signed Up' version 1)
CREATE TABLE "signed_up" (
  "_event_id" uuid NOT NULL PRIMARY KEY REFERENCES "events" ("event_id") ON DELETE CASCADE,
  "_received_at" timestamptz NOT NULL,
  "_anonymous_id" text,
  "_plan_version" integer NOT NULL,
  "event_id" uuid NOT NULL,
  "timestamp" timestamptz NOT NULL,
  "user_id" text NOT NULL,
  "url" text,
  "signup_method" text NOT NULL,
  "plan" text,
  "referrer" text,
  CONSTRAINT "signed_up_timestamp_finite" CHECK (isfinite("timestamp")),
  CONSTRAINT "signed_up_user_id_max_length" CHECK (char_length("user_id") <= 255),
  CONSTRAINT "signed_up_signup_method_values" CHECK ("signup_method" IN ('email', 'google', 'github', 'sso')),
  CONSTRAINT "signed_up_plan_values" CHECK ("plan" IN ('free', 'team', 'enterprise'))
);
COMMENT ON TABLE "signed_up" IS 'Event ''Signed Up'' (version 1): A visitor created an account, with e-mail and password or through an identity provider.';
COMMENT ON COLUMN "signed_up"."_event_id" IS 'The event''s row in events (envelope column).';
COMMENT ON COLUMN "signed_up"."_received_at" IS 'When the collector accepted the event (envelope column).';
COMMENT ON COLUMN "signed_up"."_anonymous_id" IS 'Id of the anonymous visitor, when the sender has one (envelope column).';
COMMENT ON COLUMN "signed_up"."_plan_version" IS 'Version of the plan that validated the event (envelope column).';
COMMENT ON COLUMN "signed_up"."event_id" IS 'Unique id of the event, generated by the sender; the deduplication key.';
COMMENT ON COLUMN "signed_up"."timestamp" IS 'When the event happened, ISO-8601 with a UTC offset.';
COMMENT ON COLUMN "signed_up"."user_id" IS 'Id of the logged-in user; absent while the visitor is anonymous.';
COMMENT ON COLUMN "signed_up"."url" IS 'Page (or API endpoint) where the event happened.';
COMMENT ON COLUMN "signed_up"."signup_method" IS 'How the account was created.';
COMMENT ON COLUMN "signed_up"."plan" IS 'Plan chosen on the sign-up form; absent when the form offered no choice.';
COMMENT ON COLUMN "signed_up"."referrer" IS 'Page that sent the visitor to the sign-up page, when the browser reports it.';

--changeset eventplan:0007-create-logged_out
--comment: plan version 3: create table logged_out (event 'Logged Out' version 1)
CREATE TABLE "logged_out" (
  "_event_id" uuid NOT NULL PRIMARY KEY REFERENCES "events" ("event_id") ON DELETE CASCADE,
  "_received_at" timestamptz NOT NULL,
  "_anonymous_id" text,
  "_plan_version" integer NOT NULL,
  "event_id" uuid NOT NULL,
  "timestamp" timestamptz NOT NULL,
  "user_id" text NOT NULL,
  "url" text,
  "reason" text,
  CONSTRAINT "logged_out_timestamp_finite" CHECK (isfinite("timestamp")),
  CONSTRAINT "logged_out_user_id_max_length" CHECK (char_length("user_id") <= 255),
  CONSTRAINT "logged_out_reason_values" CHECK ("reason" IN ('manual', 'session_expired'))
);
COMMENT ON TABLE "logged_out" IS 'Event ''Logged Out'' (version 1): A user''s session ended, because the user logged out or because the session expired.';
COMMENT ON COLUMN "logged_out"."_event_id" IS 'The event''s row in events (envelope column).';
COMMENT ON COLUMN "logged_out"."_received_at" IS 'When the collector accepted the event (envelope column).';
COMMENT ON COLUMN "logged_out"."_anonymous_id" IS 'Id of the anonymous visitor, when the sender has one (envelope column).';
COMMENT ON COLUMN "logged_out"."_plan_version" IS 'Version of the plan that validated the event (envelope column).';
COMMENT ON COLUMN "logged_out"."event_id" IS 'Unique id of the event, generated by the sender; the deduplication key.';
COMMENT ON COLUMN "logged_out"."timestamp" IS 'When the event happened, ISO-8601 with a UTC offset.';
COMMENT ON COLUMN "logged_out"."user_id" IS 'Id of the logged-in user; absent while the visitor is anonymous.';
COMMENT ON COLUMN "logged_out"."url" IS 'Page (or API endpoint) where the event happened.';
COMMENT ON COLUMN "logged_out"."reason" IS 'Why the session ended; absent when the client could not tell.';

--changeset eventplan:0008-create-feature_used
--comment: plan version 3: create table feature_used (event 'Feature Used' version 1)
CREATE TABLE "feature_used" (
  "_event_id" uuid NOT NULL PRIMARY KEY REFERENCES "events" ("event_id") ON DELETE CASCADE,
  "_received_at" timestamptz NOT NULL,
  "_anonymous_id" text,
  "_plan_version" integer NOT NULL,
  "event_id" uuid NOT NULL,
  "timestamp" timestamptz NOT NULL,
  "user_id" text NOT NULL,
  "url" text,
  "feature" text NOT NULL,
  "surface" text,
  CONSTRAINT "feature_used_timestamp_finite" CHECK (isfinite("timestamp")),
  CONSTRAINT "feature_used_user_id_max_length" CHECK (char_length("user_id") <= 255),
  CONSTRAINT "feature_used_feature_values" CHECK ("feature" IN ('dashboard', 'report_export', 'csv_import', 'api_keys', 'team_invite', 'sso_setup')),
  CONSTRAINT "feature_used_surface_values" CHECK ("surface" IN ('web', 'mobile', 'api'))
);
COMMENT ON TABLE "feature_used" IS 'Event ''Feature Used'' (version 1): A user performed the main action of a product feature (an export finished, an import ran, an API key was created), not merely opened its page. Sent every time; the first one per user and feature answers "Has this user tried this feature already?".';
COMMENT ON COLUMN "feature_used"."_event_id" IS 'The event''s row in events (envelope column).';
COMMENT ON COLUMN "feature_used"."_received_at" IS 'When the collector accepted the event (envelope column).';
COMMENT ON COLUMN "feature_used"."_anonymous_id" IS 'Id of the anonymous visitor, when the sender has one (envelope column).';
COMMENT ON COLUMN "feature_used"."_plan_version" IS 'Version of the plan that validated the event (envelope column).';
COMMENT ON COLUMN "feature_used"."event_id" IS 'Unique id of the event, generated by the sender; the deduplication key.';
COMMENT ON COLUMN "feature_used"."timestamp" IS 'When the event happened, ISO-8601 with a UTC offset.';
COMMENT ON COLUMN "feature_used"."user_id" IS 'Id of the logged-in user; absent while the visitor is anonymous.';
COMMENT ON COLUMN "feature_used"."url" IS 'Page (or API endpoint) where the event happened.';
COMMENT ON COLUMN "feature_used"."feature" IS 'The product feature that was used.';
COMMENT ON COLUMN "feature_used"."surface" IS 'Where the feature was used.';

--changeset eventplan:0009-create-login_failed
--comment: plan version 3: create table login_failed (event 'Login Failed' version 1)
CREATE TABLE "login_failed" (
  "_event_id" uuid NOT NULL PRIMARY KEY REFERENCES "events" ("event_id") ON DELETE CASCADE,
  "_received_at" timestamptz NOT NULL,
  "_anonymous_id" text,
  "_plan_version" integer NOT NULL,
  "event_id" uuid NOT NULL,
  "timestamp" timestamptz NOT NULL,
  "user_id" text,
  "url" text,
  "type" text NOT NULL,
  "reason" text NOT NULL,
  "attempt" bigint,
  CONSTRAINT "login_failed_timestamp_finite" CHECK (isfinite("timestamp")),
  CONSTRAINT "login_failed_user_id_max_length" CHECK (char_length("user_id") <= 255),
  CONSTRAINT "login_failed_type_values" CHECK ("type" IN ('password', 'sso', 'magic_link')),
  CONSTRAINT "login_failed_reason_values" CHECK ("reason" IN ('invalid_credentials', 'account_locked', 'sso_error', 'unknown_user')),
  CONSTRAINT "login_failed_attempt_min" CHECK ("attempt" >= 1),
  CONSTRAINT "login_failed_attempt_max" CHECK ("attempt" <= 100)
);
COMMENT ON TABLE "login_failed" IS 'Event ''Login Failed'' (version 1): A login attempt was rejected. The visitor is still anonymous, so the event carries no user id, and it never carries the e-mail address or password that was typed.';
COMMENT ON COLUMN "login_failed"."_event_id" IS 'The event''s row in events (envelope column).';
COMMENT ON COLUMN "login_failed"."_received_at" IS 'When the collector accepted the event (envelope column).';
COMMENT ON COLUMN "login_failed"."_anonymous_id" IS 'Id of the anonymous visitor, when the sender has one (envelope column).';
COMMENT ON COLUMN "login_failed"."_plan_version" IS 'Version of the plan that validated the event (envelope column).';
COMMENT ON COLUMN "login_failed"."event_id" IS 'Unique id of the event, generated by the sender; the deduplication key.';
COMMENT ON COLUMN "login_failed"."timestamp" IS 'When the event happened, ISO-8601 with a UTC offset.';
COMMENT ON COLUMN "login_failed"."user_id" IS 'Id of the logged-in user; absent while the visitor is anonymous.';
COMMENT ON COLUMN "login_failed"."url" IS 'Page (or API endpoint) where the event happened.';
COMMENT ON COLUMN "login_failed"."type" IS 'How the visitor tried to authenticate.';
COMMENT ON COLUMN "login_failed"."reason" IS 'Why the server rejected the attempt.';
COMMENT ON COLUMN "login_failed"."attempt" IS 'Number of consecutive failed attempts in this browser session, this one included.';

--changeset eventplan:0010-create-page_viewed
--comment: plan version 3: create table page_viewed (event 'Page Viewed' version 1)
CREATE TABLE "page_viewed" (
  "_event_id" uuid NOT NULL PRIMARY KEY REFERENCES "events" ("event_id") ON DELETE CASCADE,
  "_received_at" timestamptz NOT NULL,
  "_anonymous_id" text,
  "_plan_version" integer NOT NULL,
  "event_id" uuid NOT NULL,
  "timestamp" timestamptz NOT NULL,
  "user_id" text,
  "url" text,
  "name" text,
  "path" text,
  "title" text,
  "referrer" text,
  "search" text,
  CONSTRAINT "page_viewed_timestamp_finite" CHECK (isfinite("timestamp")),
  CONSTRAINT "page_viewed_user_id_max_length" CHECK (char_length("user_id") <= 255)
);
COMMENT ON TABLE "page_viewed" IS 'Event ''Page Viewed'' (version 1): A page of the product was shown (Segment page calls).';
COMMENT ON COLUMN "page_viewed"."_event_id" IS 'The event''s row in events (envelope column).';
COMMENT ON COLUMN "page_viewed"."_received_at" IS 'When the collector accepted the event (envelope column).';
COMMENT ON COLUMN "page_viewed"."_anonymous_id" IS 'Id of the anonymous visitor, when the sender has one (envelope column).';
COMMENT ON COLUMN "page_viewed"."_plan_version" IS 'Version of the plan that validated the event (envelope column).';
COMMENT ON COLUMN "page_viewed"."event_id" IS 'Unique id of the event, generated by the sender; the deduplication key.';
COMMENT ON COLUMN "page_viewed"."timestamp" IS 'When the event happened, ISO-8601 with a UTC offset.';
COMMENT ON COLUMN "page_viewed"."user_id" IS 'Id of the logged-in user; absent while the visitor is anonymous.';
COMMENT ON COLUMN "page_viewed"."url" IS 'Page (or API endpoint) where the event happened.';
COMMENT ON COLUMN "page_viewed"."name" IS 'Name of the page.';
COMMENT ON COLUMN "page_viewed"."path" IS 'Path of the page.';
COMMENT ON COLUMN "page_viewed"."title" IS 'Title of the page.';
COMMENT ON COLUMN "page_viewed"."referrer" IS 'Previous page.';
COMMENT ON COLUMN "page_viewed"."search" IS 'Query string of the page.';

--changeset eventplan:0011-create-order_placed
--comment: plan version 3: create table order_placed (event 'Order Placed' version 1)
CREATE TABLE "order_placed" (
  "_event_id" uuid NOT NULL PRIMARY KEY REFERENCES "events" ("event_id") ON DELETE CASCADE,
  "_received_at" timestamptz NOT NULL,
  "_anonymous_id" text,
  "_plan_version" integer NOT NULL,
  "event_id" uuid NOT NULL,
  "timestamp" timestamptz NOT NULL,
  "user_id" text,
  "url" text,
  "order" text NOT NULL,
  "select" boolean,
  "total" double precision,
  "quantity" bigint,
  "placed_on" date,
  "coupon_id" uuid,
  "contact" text,
  "tags" jsonb,
  "shipping" jsonb,
  CONSTRAINT "order_placed_timestamp_finite" CHECK (isfinite("timestamp")),
  CONSTRAINT "order_placed_user_id_max_length" CHECK (char_length("user_id") <= 255),
  CONSTRAINT "order_placed_order_min_length" CHECK (char_length("order") >= 2),
  CONSTRAINT "order_placed_order_max_length" CHECK (char_length("order") <= 20),
  CONSTRAINT "order_placed_order_pattern" CHECK ("order" ~ '^O\-'),
  CONSTRAINT "order_placed_total_min" CHECK ("total" >= 0),
  CONSTRAINT "order_placed_total_finite" CHECK ("total" NOT IN ('NaN', 'Infinity', '-Infinity')),
  CONSTRAINT "order_placed_quantity_min" CHECK ("quantity" >= 1),
  CONSTRAINT "order_placed_quantity_max" CHECK ("quantity" <= 1000),
  CONSTRAINT "order_placed_placed_on_finite" CHECK (isfinite("placed_on")),
  CONSTRAINT "order_placed_tags_type" CHECK (jsonb_typeof("tags") = 'array'),
  CONSTRAINT "order_placed_tags_max_items" CHECK (CASE WHEN jsonb_typeof("tags") = 'array' THEN jsonb_array_length("tags") <= 5 END),
  CONSTRAINT "order_placed_shipping_type" CHECK (jsonb_typeof("shipping") = 'object')
);
COMMENT ON TABLE "order_placed" IS 'Event ''Order Placed'' (version 1): A test event whose names are SQL keywords and whose properties use every type.';
COMMENT ON COLUMN "order_placed"."_event_id" IS 'The event''s row in events (envelope column).';
COMMENT ON COLUMN "order_placed"."_received_at" IS 'When the collector accepted the event (envelope column).';
COMMENT ON COLUMN "order_placed"."_anonymous_id" IS 'Id of the anonymous visitor, when the sender has one (envelope column).';
COMMENT ON COLUMN "order_placed"."_plan_version" IS 'Version of the plan that validated the event (envelope column).';
COMMENT ON COLUMN "order_placed"."event_id" IS 'Unique id of the event, generated by the sender; the deduplication key.';
COMMENT ON COLUMN "order_placed"."timestamp" IS 'When the event happened, ISO-8601 with a UTC offset.';
COMMENT ON COLUMN "order_placed"."user_id" IS 'Id of the logged-in user; absent while the visitor is anonymous.';
COMMENT ON COLUMN "order_placed"."url" IS 'Page (or API endpoint) where the event happened.';
COMMENT ON COLUMN "order_placed"."order" IS 'Order number.';
COMMENT ON COLUMN "order_placed"."select" IS 'A keyword as a property name.';
COMMENT ON COLUMN "order_placed"."total" IS 'Total amount.';
COMMENT ON COLUMN "order_placed"."quantity" IS 'Items ordered.';
COMMENT ON COLUMN "order_placed"."placed_on" IS 'Day of the order.';
COMMENT ON COLUMN "order_placed"."coupon_id" IS 'Coupon used.';
COMMENT ON COLUMN "order_placed"."contact" IS 'E-mail for the receipt.';
COMMENT ON COLUMN "order_placed"."tags" IS 'Free tags.';
COMMENT ON COLUMN "order_placed"."shipping" IS 'Where it goes.';
