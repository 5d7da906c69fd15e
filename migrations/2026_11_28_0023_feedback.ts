import { sql, type Kysely } from 'kysely';

// 民意诉求反馈 (modules/feedback, RULES.md §7, ADR 0016): appeals and their history, replies,
// routing rules, ratings, rectifications and call-backs, responders' rosters, duty shifts and
// sign-ins, and the county's settings (time limits and formulas: RULES.md §7.1/§7.4 [U] → settings).
const statements = [
  // One row: the county's settings as validated JSON (feedback.settings.ts holds the defaults).
  sql`create table feedback_settings (
    id smallint primary key check (id = 1),
    data jsonb not null default '{}'::jsonb,
    updated_by bigint,
    updated_at timestamptz not null
  )`,
  sql`insert into feedback_settings (id, updated_at) values (1, now())`,

  // Routing: the first active rule (by priority, then id) whose kind, keyword and place all match.
  sql`create table feedback_routing_rules (
    id bigint generated always as identity primary key,
    priority integer not null default 100,
    kind text check (kind in ('consultation', 'complaint', 'suggestion', 'help', 'report')),
    keyword text,
    place text,
    org_id bigint not null references accounts_orgs(id),
    is_active boolean not null default true,
    created_by bigint,
    created_at timestamptz not null,
    updated_at timestamptz not null
  )`,

  sql`create table feedback_appeals (
    id bigint generated always as identity primary key,
    tracking_number text not null unique,
    access_code_hash text not null,
    kind text not null check (kind in ('consultation', 'complaint', 'suggestion', 'help', 'report')),
    subject text not null,
    content text not null,
    place text not null default '',
    latitude double precision,
    longitude double precision,
    channel text not null
      check (channel in ('web', 'api', 'open311', 'phone', 'letter', 'hotline_12345', 'visit')),
    suggested_org_id bigint references accounts_orgs(id),
    dispatch_org_id bigint not null references accounts_orgs(id),
    org_id bigint references accounts_orgs(id),
    state text not null
      check (state in ('dispatch', 'assigned', 'in_progress', 'replied', 'closed', 'invalid', 'merged')),
    claimed_by bigint references accounts_users(id),
    submitter_name text not null default '',
    submitter_phone text not null default '',
    submitter_email text not null default '',
    contact_key text not null default '',
    client_key text not null default '',
    public_allowed boolean not null default false,
    received_at timestamptz not null,
    received_on date not null,
    assigned_at timestamptz,
    reply_clock_id bigint not null references deadlines_clocks(id),
    complete_clock_id bigint not null references deadlines_clocks(id),
    first_reply_at timestamptz,
    first_reply_on date,
    public_reply_at timestamptz,
    closed_at timestamptz,
    closed_on date,
    closed_outcome text check (closed_outcome in ('resolved', 'answered', 'transferred_out')),
    invalid_reason text not null default '',
    merged_into_id bigint references feedback_appeals(id),
    reopened_count integer not null default 0,
    is_demo boolean not null default false,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    constraint feedback_appeals_merged check ((state = 'merged') = (merged_into_id is not null)),
    constraint feedback_appeals_closed check ((closed_on is null) = (closed_at is null))
  )`,
  sql`create index feedback_appeals_org_received on feedback_appeals (org_id, received_on)`,
  sql`create index feedback_appeals_received on feedback_appeals (received_on)`,
  sql`create index feedback_appeals_state on feedback_appeals (state, org_id)`,
  sql`create index feedback_appeals_contact on feedback_appeals (contact_key, received_at)`,
  sql`create index feedback_appeals_client on feedback_appeals (client_key, received_at)`,

  // The append-only history of an appeal (submitted, routed, claimed, transferred, returned, replied,
  // extended, closed, invalidated, merged, rated, reopened, rectification steps, call-backs).
  sql`create table feedback_appeal_events (
    id bigint generated always as identity primary key,
    appeal_id bigint not null references feedback_appeals(id),
    kind text not null,
    at timestamptz not null,
    on_date date not null,
    actor_user_id bigint references accounts_users(id),
    actor_name text not null default '',
    org_id bigint references accounts_orgs(id),
    to_org_id bigint references accounts_orgs(id),
    reason text not null default '',
    data jsonb not null default '{}'::jsonb,
    is_public boolean not null default false
  )`,
  sql`create index feedback_appeal_events_appeal on feedback_appeal_events (appeal_id, id)`,

  sql`create table feedback_attachments (
    appeal_id bigint not null references feedback_appeals(id),
    file_id bigint not null references files(id),
    position integer not null,
    primary key (appeal_id, file_id)
  )`,

  // Replies: the private text goes to the submitter; the public text (optional) is published when
  // the submitter allowed public display.
  sql`create table feedback_replies (
    id bigint generated always as identity primary key,
    appeal_id bigint not null references feedback_appeals(id),
    org_id bigint not null references accounts_orgs(id),
    responder_user_id bigint references accounts_users(id),
    responder_name text not null default '',
    private_text text not null,
    public_text text,
    is_first boolean not null,
    at timestamptz not null,
    on_date date not null
  )`,
  sql`create index feedback_replies_appeal on feedback_replies (appeal_id, id)`,

  // 好差评 (国办发〔2019〕51号): five levels; the latest rating of an appeal counts.
  sql`create table feedback_ratings (
    id bigint generated always as identity primary key,
    appeal_id bigint not null references feedback_appeals(id),
    reply_id bigint references feedback_replies(id),
    level text not null check (level in
      ('very_satisfied', 'satisfied', 'basic', 'dissatisfied', 'very_dissatisfied')),
    comment text not null default '',
    at timestamptz not null,
    on_date date not null
  )`,
  sql`create index feedback_ratings_appeal on feedback_ratings (appeal_id, id)`,

  // 差评整改: verified and rectified within 15 working days, with a call-back (国办发〔2019〕51号).
  sql`create table feedback_rectifications (
    id bigint generated always as identity primary key,
    appeal_id bigint not null references feedback_appeals(id),
    rating_id bigint not null references feedback_ratings(id),
    org_id bigint not null references accounts_orgs(id),
    clock_id bigint not null references deadlines_clocks(id),
    state text not null check (state in ('open', 'rectified', 'review_requested', 'dismissed')),
    finding text not null default '',
    action text not null default '',
    opened_at timestamptz not null,
    opened_on date not null,
    finished_at timestamptz,
    finished_on date
  )`,
  sql`create index feedback_rectifications_appeal on feedback_rectifications (appeal_id)`,
  sql`create index feedback_rectifications_state on feedback_rectifications (state, org_id)`,

  // 回访
  sql`create table feedback_callbacks (
    id bigint generated always as identity primary key,
    appeal_id bigint not null references feedback_appeals(id),
    rectification_id bigint references feedback_rectifications(id),
    method text not null check (method in ('phone', 'sms', 'visit', 'online')),
    reached boolean not null,
    level text check (level in
      ('very_satisfied', 'satisfied', 'basic', 'dissatisfied', 'very_dissatisfied')),
    note text not null default '',
    by_user_id bigint references accounts_users(id),
    by_name text not null default '',
    at timestamptz not null,
    on_date date not null
  )`,
  sql`create index feedback_callbacks_appeal on feedback_callbacks (appeal_id)`,

  // 网络回应人 (辽政办发〔2015〕1号): each org's roster, duty shifts and daily sign-ins.
  sql`create table feedback_responders (
    id bigint generated always as identity primary key,
    org_id bigint not null references accounts_orgs(id),
    user_id bigint not null references accounts_users(id),
    title text not null default '',
    since date not null,
    until date,
    created_at timestamptz not null,
    unique (org_id, user_id)
  )`,
  sql`create table feedback_duty_shifts (
    responder_id bigint not null references feedback_responders(id) on delete cascade,
    on_date date not null,
    primary key (responder_id, on_date)
  )`,
  sql`create table feedback_duty_signins (
    user_id bigint not null references accounts_users(id),
    on_date date not null,
    first_at timestamptz not null,
    primary key (user_id, on_date)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'feedback_duty_signins',
    'feedback_duty_shifts',
    'feedback_responders',
    'feedback_callbacks',
    'feedback_rectifications',
    'feedback_ratings',
    'feedback_replies',
    'feedback_attachments',
    'feedback_appeal_events',
    'feedback_appeals',
    'feedback_routing_rules',
    'feedback_settings',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
