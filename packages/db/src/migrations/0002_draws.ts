import { sql, type Kysely } from 'kysely';

// Annual plans, tasks and the double-random draws (docs/draw-spec.md). A draw's inputs are
// snapshotted when it is prepared and its results written once when executed; triggers keep
// both from ever changing afterwards, whoever connects.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
CREATE TABLE plans (
  id serial PRIMARY KEY,
  department_id int NOT NULL REFERENCES departments(id),
  -- all versions of one plan share the lineage id (the first version's id)
  lineage_id int,
  version int NOT NULL DEFAULT 1,
  status text NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft','submitted','approved','published','superseded')),
  name text NOT NULL CHECK (length(name) > 0),
  content text NOT NULL DEFAULT '',
  item_ids int[] NOT NULL DEFAULT '{}',
  period_start date,
  period_end date,
  year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  ratio text NOT NULL DEFAULT '',
  frequency text NOT NULL DEFAULT '',
  quantity int CHECK (quantity >= 0),
  adjustment_reason text,
  review_note text,
  submitted_at timestamptz,
  approved_at timestamptz,
  approved_by int REFERENCES users(id),
  published_at timestamptz,
  superseded_at timestamptz,
  created_by int REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (period_start IS NULL OR period_end IS NULL OR period_start <= period_end)
);
CREATE INDEX plans_department ON plans (department_id, year);
CREATE INDEX plans_lineage ON plans (lineage_id);

CREATE TABLE tasks (
  id serial PRIMARY KEY,
  -- the lead department; department_ids lists every participant (a joint task has several)
  department_id int NOT NULL REFERENCES departments(id),
  department_ids int[] NOT NULL CHECK (department_id = ANY (department_ids)),
  plan_id int REFERENCES plans(id),
  ad_hoc boolean NOT NULL DEFAULT false,
  name text NOT NULL CHECK (length(name) > 0),
  item_ids int[] NOT NULL CHECK (cardinality(item_ids) > 0),
  directed boolean NOT NULL DEFAULT true,
  filters jsonb NOT NULL DEFAULT '{}',
  ratios jsonb NOT NULL,
  -- [{key, departmentId, perTarget}]: one inspector group per participating department
  groups jsonb NOT NULL,
  inspectors_per_entity int NOT NULL CHECK (inspectors_per_entity >= 2),
  start_date date NOT NULL,
  year int NOT NULL,
  created_by int REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ad_hoc OR plan_id IS NOT NULL)
);
CREATE INDEX tasks_departments ON tasks USING gin (department_ids);
CREATE INDEX tasks_year ON tasks (year);

-- Entities added to a task by hand, outside the random population rules: who, when, why.
CREATE TABLE task_additions (
  id serial PRIMARY KEY,
  task_id int NOT NULL REFERENCES tasks(id),
  entity_id int NOT NULL REFERENCES entities(id),
  reason text NOT NULL CHECK (reason IN ('complaint','referral','risk_signal')),
  note text NOT NULL DEFAULT '',
  created_by int REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (task_id, entity_id)
);

CREATE TABLE draws (
  id serial PRIMARY KEY,
  task_id int NOT NULL REFERENCES tasks(id),
  status text NOT NULL DEFAULT 'prepared'
    CHECK (status IN ('prepared','executing','executed','failed','superseded')),
  secret text NOT NULL CHECK (secret ~ '^[0-9a-f]{64}$'),
  commitment text,
  population_digest text,
  inspector_digest text,
  beacon_source text NOT NULL CHECK (length(beacon_source) > 0),
  beacon text,
  witnesses text[] NOT NULL DEFAULT '{}',
  seed text,
  -- one line per exclusion, uscc TAB certificate, ascending as the inspector digest hashes them
  exclusions text NOT NULL DEFAULT '',
  exclusion_count int NOT NULL DEFAULT 0,
  job_id uuid REFERENCES jobs(id),
  redraw_of_id int REFERENCES draws(id),
  superseded_by_id int REFERENCES draws(id),
  redraw_reason text,
  error text,
  prepared_by int REFERENCES users(id),
  prepared_at timestamptz NOT NULL DEFAULT now(),
  executed_by int REFERENCES users(id),
  executed_at timestamptz,
  superseded_at timestamptz
);
-- at most one live draw per task: a second prepare, or a second execution, cannot slip in
CREATE UNIQUE INDEX draws_live_per_task ON draws (task_id) WHERE status IN ('prepared','executing','executed');

-- The population snapshot, compact: one row per stratum, ids ascending by UTF-8 bytes.
CREATE TABLE draw_strata (
  draw_id int NOT NULL REFERENCES draws(id),
  key text NOT NULL,
  ratio_bp int NOT NULL CHECK (ratio_bp BETWEEN 0 AND 10000),
  size int NOT NULL,
  population text COMPRESSION lz4 NOT NULL,
  -- the entities' ids in the same order, int4 big-endian each
  entity_ids bytea NOT NULL,
  PRIMARY KEY (draw_id, key)
);

CREATE TABLE draw_groups (
  draw_id int NOT NULL REFERENCES draws(id),
  key text NOT NULL,
  department_id int NOT NULL REFERENCES departments(id),
  per_target int NOT NULL CHECK (per_target >= 0),
  pool text NOT NULL,
  inspector_ids int[] NOT NULL,
  PRIMARY KEY (draw_id, key)
);

-- Results. A draw writes 100 000s of rows in one statement, so every index and check costs:
-- * the ids encode where a row stands (targets: draw_id * 2^24 + position; assignments:
--   target_id * 64 + position), so the primary key alone keeps a draw's positions unique, a second
--   set of results for the same draw is impossible, and "the rows of draw X" is a key range scan;
-- * no foreign keys: per-row RI checks would cost more than the draw. The rows come from the
--   draw's own snapshot inside the saving transaction; draws and drawn tasks cannot be deleted,
--   and the triggers below keep referenced entities and inspectors from being deleted.
CREATE TABLE targets (
  draw_id int NOT NULL,
  position int NOT NULL CHECK (position >= 0 AND position < 16777216),
  id bigint GENERATED ALWAYS AS (draw_id::bigint * 16777216 + position) STORED PRIMARY KEY,
  task_id int NOT NULL,
  entity_id int NOT NULL,
  uscc text NOT NULL,
  stratum text NOT NULL,
  added_reason text
);

CREATE TABLE assignments (
  target_id bigint NOT NULL,
  position int NOT NULL CHECK (position >= 0 AND position < 64),
  id bigint GENERATED ALWAYS AS (target_id * 64 + position) STORED PRIMARY KEY,
  draw_id int NOT NULL,
  inspector_id int NOT NULL,
  certificate_no text NOT NULL,
  group_key text NOT NULL
);
CREATE INDEX assignments_inspector ON assignments (inspector_id);

-- Snapshots and results are written once and never edited, like the audit trail.
CREATE FUNCTION draw_rows_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is written once and cannot be changed', TG_TABLE_NAME;
END $$;
CREATE TRIGGER draw_strata_immutable BEFORE UPDATE OR DELETE OR TRUNCATE ON draw_strata
  FOR EACH STATEMENT EXECUTE FUNCTION draw_rows_immutable();
CREATE TRIGGER draw_groups_immutable BEFORE UPDATE OR DELETE OR TRUNCATE ON draw_groups
  FOR EACH STATEMENT EXECUTE FUNCTION draw_rows_immutable();
CREATE TRIGGER targets_immutable BEFORE UPDATE OR DELETE OR TRUNCATE ON targets
  FOR EACH STATEMENT EXECUTE FUNCTION draw_rows_immutable();
CREATE TRIGGER assignments_immutable BEFORE UPDATE OR DELETE OR TRUNCATE ON assignments
  FOR EACH STATEMENT EXECUTE FUNCTION draw_rows_immutable();

CREATE FUNCTION keep_drawn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'inspectors' AND EXISTS (SELECT 1 FROM assignments WHERE inspector_id = OLD.id)
     OR TG_TABLE_NAME = 'entities' AND EXISTS (SELECT 1 FROM targets WHERE entity_id = OLD.id) THEN
    RAISE EXCEPTION '% % appears in draw results and cannot be deleted', TG_TABLE_NAME, OLD.id USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN OLD;
END $$;
CREATE TRIGGER inspectors_keep_drawn BEFORE DELETE ON inspectors FOR EACH ROW EXECUTE FUNCTION keep_drawn();
CREATE TRIGGER entities_keep_drawn BEFORE DELETE ON entities FOR EACH ROW EXECUTE FUNCTION keep_drawn();

-- A draw row only moves forward: the committed inputs never change, the revealed result
-- never changes, and a draw is never deleted.
CREATE FUNCTION draws_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'draws cannot be deleted'; END IF;
  IF NEW.task_id <> OLD.task_id OR NEW.secret <> OLD.secret OR NEW.beacon_source <> OLD.beacon_source
     OR NEW.prepared_at <> OLD.prepared_at
     OR (OLD.commitment IS NOT NULL AND (NEW.commitment IS DISTINCT FROM OLD.commitment
         OR NEW.population_digest IS DISTINCT FROM OLD.population_digest
         OR NEW.inspector_digest IS DISTINCT FROM OLD.inspector_digest
         OR NEW.exclusions <> OLD.exclusions OR NEW.exclusion_count <> OLD.exclusion_count)) THEN
    RAISE EXCEPTION 'the committed inputs of draw % cannot change', OLD.id;
  END IF;
  IF OLD.executed_at IS NOT NULL AND (NEW.beacon IS DISTINCT FROM OLD.beacon OR NEW.seed IS DISTINCT FROM OLD.seed
     OR NEW.witnesses <> OLD.witnesses OR NEW.executed_at <> OLD.executed_at) THEN
    RAISE EXCEPTION 'the result of draw % cannot change', OLD.id;
  END IF;
  IF OLD.status IN ('failed','superseded') AND NEW.status <> OLD.status THEN
    RAISE EXCEPTION 'draw % is closed', OLD.id;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER draws_guard BEFORE UPDATE OR DELETE ON draws FOR EACH ROW EXECUTE FUNCTION draws_guard();
CREATE TRIGGER draws_no_truncate BEFORE TRUNCATE ON draws FOR EACH STATEMENT EXECUTE FUNCTION draw_rows_immutable();
`.execute(db);
}
