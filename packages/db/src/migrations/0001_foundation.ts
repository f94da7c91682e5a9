import { sql, type Kysely } from 'kysely';

// Foundation: tenants, users, the item list, the two directories, uploads and jobs, the audit trail.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
CREATE TABLE departments (
  id serial PRIMARY KEY,
  code text NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9-]{1,31}$'),
  name text NOT NULL,
  -- per-tier default sampling ratios in basis points, used when a task is created
  default_ratios jsonb NOT NULL DEFAULT '{"A":100,"B":200,"C":1000,"D":3000}',
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE inspectors (
  id serial PRIMARY KEY,
  department_id int NOT NULL REFERENCES departments(id),
  name text NOT NULL,
  position text NOT NULL DEFAULT '',
  certificate_no text NOT NULL UNIQUE,
  certificate_valid_until date,
  expertise text[] NOT NULL DEFAULT '{}',
  fields text[] NOT NULL DEFAULT '{}',
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inspectors_department ON inspectors (department_id);

CREATE TABLE users (
  id serial PRIMARY KEY,
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('platform_admin','joint_office','dept_admin','inspector','leadership')),
  department_id int REFERENCES departments(id),
  inspector_id int REFERENCES inspectors(id),
  active boolean NOT NULL DEFAULT true,
  failed_logins int NOT NULL DEFAULT 0,
  locked_until timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (role NOT IN ('dept_admin','inspector') OR department_id IS NOT NULL),
  CHECK (role <> 'inspector' OR inspector_id IS NOT NULL)
);

-- Sessions live in Postgres so any API replica can serve any request.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id int NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE items (
  id serial PRIMARY KEY,
  department_id int NOT NULL REFERENCES departments(id),
  -- all versions of one item share the lineage id (the first version's id)
  lineage_id int,
  version int NOT NULL DEFAULT 1,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','published','withdrawn')),
  category text NOT NULL DEFAULT '',
  name text NOT NULL,
  entity_kind text NOT NULL DEFAULT '',
  item_type text NOT NULL DEFAULT 'general' CHECK (item_type IN ('general','key')),
  methods text[] NOT NULL DEFAULT '{}',
  inspecting_body text NOT NULL DEFAULT '',
  legal_basis text NOT NULL DEFAULT '',
  ratio text NOT NULL DEFAULT '',
  frequency text NOT NULL DEFAULT '',
  content text NOT NULL DEFAULT '',
  required_field text,
  compiling_unit text NOT NULL DEFAULT '',
  seq text NOT NULL DEFAULT '',
  is_joint boolean NOT NULL DEFAULT false,
  joint_field text NOT NULL DEFAULT '',
  initiating_department text NOT NULL DEFAULT '',
  cooperating_departments text[] NOT NULL DEFAULT '{}',
  -- set by file imports: a hash of the row's content, so importing the same list again adds nothing
  source_key text,
  published_at timestamptz,
  withdrawn_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX items_department ON items (department_id, status);
CREATE INDEX items_lineage ON items (lineage_id);
CREATE UNIQUE INDEX items_source_key ON items (department_id, source_key) WHERE source_key IS NOT NULL;

CREATE TABLE entities (
  id serial PRIMARY KEY,
  -- COLLATE "C": codes are ASCII, so byte order is the only order; the draw walks this index in
  -- the spec's byte order (INCLUDE id: without visiting the heap), and memcmp keys keep a bulk
  -- import's index upkeep cheap.
  uscc text COLLATE "C" NOT NULL,
  name text NOT NULL,
  kind text NOT NULL DEFAULT 'enterprise' CHECK (kind IN ('enterprise','individual','cooperative','other')),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','deregistered','revoked','cancelled','moved_out')),
  legal_representative text NOT NULL DEFAULT '',
  contact_phone text NOT NULL DEFAULT '',
  address text NOT NULL DEFAULT '',
  region_code text NOT NULL DEFAULT '',
  business_scope text NOT NULL DEFAULT '',
  industry_tags text[] NOT NULL DEFAULT '{}',
  risk_tier char(1) NOT NULL DEFAULT 'B' CHECK (risk_tier IN ('A','B','C','D')),
  abnormal_list boolean NOT NULL DEFAULT false,
  serious_violation_list boolean NOT NULL DEFAULT false,
  complaint_count int NOT NULL DEFAULT 0 CHECK (complaint_count >= 0),
  -- the import job that created the entity (who, when, which file: its job row and audit entry);
  -- such an entity's creation is not repeated as an entity_history row
  created_by_job uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT entities_uscc_key UNIQUE (uscc) INCLUDE (id)
);

-- Each department's own directory: which registry entities are in its scope, with its own tags.
-- No foreign keys: imports write a million rows at once and a per-row check doubles their cost;
-- writers only use entity ids they just inserted or read (entities are never deleted) and a
-- department id they checked.
CREATE TABLE directory_entries (
  department_id int NOT NULL,
  entity_id int NOT NULL,
  tags text[] NOT NULL DEFAULT '{}',
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (department_id, entity_id)
);
CREATE INDEX directory_entries_entity ON directory_entries (entity_id);

-- Every change of a registry entity: who, when, before, after. A log like audit_log, so no
-- foreign keys. An entity created by an import has no creation row (see entities.created_by_job).
CREATE TABLE entity_history (
  id bigserial PRIMARY KEY,
  entity_id int NOT NULL,
  actor_user_id int,
  department_id int,
  source text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  before jsonb,
  after jsonb NOT NULL
);
CREATE INDEX entity_history_entity ON entity_history (entity_id, at);

CREATE TABLE conflicts (
  id serial PRIMARY KEY,
  inspector_id int NOT NULL REFERENCES inspectors(id),
  entity_id int NOT NULL REFERENCES entities(id),
  reason text NOT NULL CHECK (length(reason) > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (inspector_id, entity_id)
);
CREATE INDEX conflicts_entity ON conflicts (entity_id);

-- Uploaded files are kept in Postgres (chunked) so a worker on another host can read them.
CREATE TABLE uploads (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  filename text NOT NULL,
  size bigint NOT NULL,
  sha256 text NOT NULL,
  created_by int REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE upload_chunks (
  upload_id uuid NOT NULL REFERENCES uploads(id) ON DELETE CASCADE,
  seq int NOT NULL,
  data bytea NOT NULL,
  PRIMARY KEY (upload_id, seq)
);

-- Long work: the queue carries the job, Postgres keeps its state, progress and result.
CREATE TABLE jobs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL,
  department_id int REFERENCES departments(id),
  created_by int REFERENCES users(id),
  state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued','active','completed','failed')),
  progress int NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  params jsonb NOT NULL DEFAULT '{}',
  result jsonb,
  error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
CREATE TABLE job_rejections (
  job_id uuid NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
  row_no int NOT NULL,
  column_name text NOT NULL,
  reason text NOT NULL
);
CREATE INDEX job_rejections_job ON job_rejections (job_id, row_no);

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  actor_user_id int,
  actor_username text,
  actor_role text,
  department_id int,
  action text NOT NULL,
  resource text NOT NULL,
  record_id text,
  before jsonb,
  after jsonb,
  ip text,
  prev_hash text NOT NULL,
  hash text NOT NULL UNIQUE
);
CREATE INDEX audit_log_resource ON audit_log (resource, record_id);
CREATE INDEX audit_log_department ON audit_log (department_id, at);

-- The trail is append-only for everyone using the platform.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
`.execute(db);
}
