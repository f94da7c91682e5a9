import { sql, type Kysely } from 'kysely';
import { calendarDaysFromChineseDays } from '@sxgk/core/calendar-seed';
import { DEFAULT_FORM, DEFAULT_FORM_PLUGIN } from '../inspections/default-form.ts';

// Inspection records (一企一表), their review, publication within 20 working days, the credit
// record, follow-up and referrals; plus the working-day calendar the deadlines are computed on.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
-- 法定节假日 and 调休上班日; every other day is a working day Monday to Friday. Seeded from
-- chinese-days below; the platform admin maintains the years the package does not know.
CREATE TABLE calendar_days (
  day date PRIMARY KEY,
  -- simple-rest needs a numeric id; the day stays the key
  id serial UNIQUE,
  kind text NOT NULL CHECK (kind IN ('holiday','makeup_workday')),
  name text NOT NULL DEFAULT '',
  CHECK (kind = 'holiday' OR extract(isodow FROM day) IN (6, 7))
);

-- What publication does to an entity: the platform only ever raises the registry's tier
-- (core/risk.ts); the draw samples by the higher of the two.
ALTER TABLE entities ADD COLUMN risk_input_tier char(1) CHECK (risk_input_tier IN ('A','B','C','D'));
ALTER TABLE entities ADD COLUMN risk_input_reasons text[] NOT NULL DEFAULT '{}';

-- One record per target (a joint task's items are sections of the same record). A correction of
-- an approved record is a new version of the same lineage; approved versions are frozen.
CREATE TABLE inspections (
  id serial PRIMARY KEY,
  lineage_id int,
  version int NOT NULL DEFAULT 1,
  target_id bigint NOT NULL,
  task_id int NOT NULL REFERENCES tasks(id),
  draw_id int NOT NULL REFERENCES draws(id),
  entity_id int NOT NULL REFERENCES entities(id),
  -- the task's lead department reviews; every participating department sees the record
  department_id int NOT NULL REFERENCES departments(id),
  department_ids int[] NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','submitted','approved','superseded')),
  methods text[] NOT NULL DEFAULT '{}',
  inspection_date date,
  present_inspector_ids int[] NOT NULL DEFAULT '{}',
  substitution_reason text,
  findings text NOT NULL DEFAULT '',
  -- [{itemId, formId, formVersion, answers}]
  sections jsonb NOT NULL DEFAULT '[]',
  entrustment jsonb,
  entrusting_department_id int REFERENCES departments(id),
  outcome text CHECK (outcome IN ('no_problem','problem_pending','problem_corrected','no_relevant_activity',
    'closed_or_liquidating','refused_inspection','deregistered','revoked','cancelled','moved_out')),
  violations text[] NOT NULL DEFAULT '{}',
  -- users who wrote the record: none of them may approve it
  recorded_by int[] NOT NULL DEFAULT '{}',
  review_note text,
  correction_reason text,
  created_by int REFERENCES users(id),
  submitted_at timestamptz,
  submitted_by int REFERENCES users(id),
  returned_at timestamptz,
  approved_at timestamptz,
  approved_by int REFERENCES users(id),
  result_date date,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (target_id, version)
);
CREATE INDEX inspections_department ON inspections (department_id, status);
CREATE INDEX inspections_departments ON inspections USING gin (department_ids);
CREATE INDEX inspections_entity ON inspections (entity_id);
CREATE INDEX inspections_lineage ON inspections (lineage_id);

CREATE FUNCTION inspections_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'draft' THEN RAISE EXCEPTION '检查记录 % 已提交，不可删除', OLD.id USING ERRCODE = 'check_violation'; END IF;
    RETURN OLD;
  END IF;
  -- an approved version only ever becomes superseded by its corrected successor
  IF OLD.status IN ('approved','superseded') AND NOT (OLD.status = 'approved' AND NEW.status = 'superseded'
      AND (to_jsonb(NEW) - 'status' - 'updated_at') = (to_jsonb(OLD) - 'status' - 'updated_at')) THEN
    RAISE EXCEPTION '检查记录 % 已审核通过，不可修改；如需更正，请生成新版本', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER inspections_frozen BEFORE UPDATE OR DELETE ON inspections FOR EACH ROW EXECUTE FUNCTION inspections_frozen();

-- Evidence: the file lives on disk under ATTACHMENTS_DIR by its SHA-256, the row says whose it is.
CREATE TABLE attachments (
  id serial PRIMARY KEY,
  inspection_id int NOT NULL REFERENCES inspections(id),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  mime text NOT NULL CHECK (mime IN ('image/jpeg','image/png','image/webp','application/pdf')),
  size int NOT NULL CHECK (size > 0),
  filename text NOT NULL,
  created_by int REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX attachments_inspection ON attachments (inspection_id);

-- 公示: one row per approved version, due 20 working days after its result date.
CREATE TABLE publications (
  id serial PRIMARY KEY,
  inspection_id int NOT NULL UNIQUE REFERENCES inspections(id),
  entity_id int NOT NULL REFERENCES entities(id),
  department_id int NOT NULL REFERENCES departments(id),
  task_id int NOT NULL REFERENCES tasks(id),
  outcome text NOT NULL,
  violations text[] NOT NULL DEFAULT '{}',
  result_date date NOT NULL,
  -- null while the calendar lacks the year the window reaches
  deadline date,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','published')),
  warning text NOT NULL DEFAULT 'none' CHECK (warning IN ('none','yellow','red')),
  published_at timestamptz,
  published_on date,
  on_time boolean,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX publications_status ON publications (status, department_id);
CREATE INDEX publications_entity ON publications (entity_id);

-- 信用记录: every published result, appended once, never edited.
CREATE TABLE credit_records (
  id serial PRIMARY KEY,
  entity_id int NOT NULL REFERENCES entities(id),
  publication_id int NOT NULL UNIQUE REFERENCES publications(id),
  inspection_id int NOT NULL REFERENCES inspections(id),
  department_id int NOT NULL REFERENCES departments(id),
  outcome text NOT NULL,
  violations text[] NOT NULL DEFAULT '{}',
  published_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX credit_records_entity ON credit_records (entity_id, published_at);
CREATE INDEX credit_records_published ON credit_records (published_at);
CREATE TRIGGER credit_records_immutable BEFORE UPDATE OR DELETE OR TRUNCATE ON credit_records
  FOR EACH STATEMENT EXECUTE FUNCTION draw_rows_immutable();

-- 后续处置 of a problem outcome.
CREATE TABLE followups (
  id serial PRIMARY KEY,
  inspection_id int NOT NULL UNIQUE REFERENCES inspections(id),
  entity_id int NOT NULL REFERENCES entities(id),
  department_id int NOT NULL REFERENCES departments(id),
  outcome text NOT NULL,
  measures text[] NOT NULL DEFAULT '{}',
  deadline date,
  recheck_date date,
  recheck_result text,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')),
  closed_on date,
  result text,
  closed_by int REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX followups_department ON followups (department_id, status);

-- 移送: to another department on the platform, to an outside body or to a judicial organ.
CREATE TABLE referrals (
  id serial PRIMARY KEY,
  from_department_id int NOT NULL REFERENCES departments(id),
  kind text NOT NULL CHECK (kind IN ('department','external','judicial')),
  to_department_id int REFERENCES departments(id),
  receiving_organ text,
  inspection_id int REFERENCES inspections(id),
  followup_id int REFERENCES followups(id),
  entity_id int REFERENCES entities(id),
  matter text NOT NULL CHECK (length(matter) > 0),
  referred_on date NOT NULL,
  document_no text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'sent' CHECK (status IN ('sent','accepted','returned','closed')),
  return_reason text,
  accepted_at timestamptz,
  accepted_by int REFERENCES users(id),
  closed_on date,
  result text,
  created_by int REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'department') = (to_department_id IS NOT NULL)),
  CHECK (kind = 'department' OR length(coalesce(receiving_organ, '')) > 0),
  CHECK (to_department_id IS NULL OR to_department_id <> from_department_id)
);
CREATE INDEX referrals_from ON referrals (from_department_id, status);
CREATE INDEX referrals_to ON referrals (to_department_id, status);
`.execute(db);

  const rows = calendarDaysFromChineseDays();
  for (let i = 0; i < rows.length; i += 500) {
    await db.insertInto('calendarDays').values(rows.slice(i, i + 500)).execute();
  }
  await db.insertInto('forms').values({
    pluginId: DEFAULT_FORM_PLUGIN, formKey: DEFAULT_FORM.key, version: DEFAULT_FORM.version,
    title: DEFAULT_FORM.title, definition: JSON.stringify(DEFAULT_FORM),
  }).execute();
}
