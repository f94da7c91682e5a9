import { sql, type Kysely } from 'kysely';

// Department plugins: which department enabled which plugin, the plugins' inspection forms
// (versioned, frozen once used), and where each plugin-delivered item came from.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
CREATE TABLE plugin_installations (
  department_id int NOT NULL REFERENCES departments(id),
  plugin_id text NOT NULL,
  -- the plugin version whose items and forms the department last received
  version text NOT NULL,
  enabled boolean NOT NULL DEFAULT true,
  enabled_at timestamptz,
  disabled_at timestamptz,
  PRIMARY KEY (department_id, plugin_id)
);

-- Forms are plugin templates shared by the departments using the plugin, one row per version.
CREATE TABLE forms (
  id serial PRIMARY KEY,
  plugin_id text NOT NULL,
  form_key text NOT NULL,
  version int NOT NULL CHECK (version > 0),
  title text NOT NULL DEFAULT '',
  definition jsonb NOT NULL,
  used boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (plugin_id, form_key, version)
);

-- A version an inspection record was filled against is frozen: the record must stay readable as filled.
CREATE FUNCTION forms_frozen_when_used() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.used THEN
      RAISE EXCEPTION '表单 % 第 % 版已被使用，不可删除', OLD.form_key, OLD.version USING ERRCODE = 'check_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.used AND (NEW.definition IS DISTINCT FROM OLD.definition OR NEW.plugin_id <> OLD.plugin_id
      OR NEW.form_key <> OLD.form_key OR NEW.version <> OLD.version OR NEW.title <> OLD.title OR NOT NEW.used) THEN
    RAISE EXCEPTION '表单 % 第 % 版已被使用，不可修改；请发布新版本', OLD.form_key, OLD.version USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER forms_frozen BEFORE UPDATE OR DELETE ON forms FOR EACH ROW EXECUTE FUNCTION forms_frozen_when_used();

-- The form version an item's inspectors fill in.
CREATE TABLE item_forms (
  item_id int NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  form_id int NOT NULL REFERENCES forms(id),
  PRIMARY KEY (item_id, form_id)
);
CREATE INDEX item_forms_form ON item_forms (form_id);

-- Plugin origin of an item version: which plugin item (stable key) and plugin version it came from,
-- and exactly what was delivered, so an upgrade diff compares plugin with plugin, not with local edits.
CREATE TABLE plugin_item_keys (
  item_id int PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
  plugin_id text NOT NULL,
  item_key text NOT NULL,
  plugin_version text NOT NULL,
  -- directory tags of the entities the item applies to, for precise matching in the draw
  entity_tags text[] NOT NULL DEFAULT '{}',
  delivered jsonb NOT NULL
);
CREATE INDEX plugin_item_keys_key ON plugin_item_keys (plugin_id, item_key);
`.execute(db);
}
