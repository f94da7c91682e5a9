import { sql, type Kysely } from 'kysely';

// A drawn team is stored with its target, in pick order, instead of as a row per inspector: a
// draw of a million targets writes a million rows, not three million, and no index keyed by
// inspector grows at random places while it does. `assignments` stays, as a read-only view of
// the same shape; who is on which targets is kept per inspector and draw in inspector_targets.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
ALTER TABLE targets
  ADD COLUMN inspector_ids int[] NOT NULL DEFAULT '{}',
  ADD COLUMN certificate_nos text[] NOT NULL DEFAULT '{}',
  ADD COLUMN group_keys text[] NOT NULL DEFAULT '{}';
ALTER TABLE targets DISABLE TRIGGER targets_immutable;
UPDATE targets t SET inspector_ids = a.ids, certificate_nos = a.certificates, group_keys = a.groups
FROM (SELECT target_id, array_agg(inspector_id ORDER BY position) AS ids, array_agg(certificate_no ORDER BY position) AS certificates,
             array_agg(group_key ORDER BY position) AS groups
      FROM assignments GROUP BY target_id) a
WHERE a.target_id = t.id;
ALTER TABLE targets ENABLE TRIGGER targets_immutable;

-- per inspector and draw, the positions (targets.position) of the targets the inspector is on
CREATE TABLE inspector_targets (
  inspector_id int NOT NULL,
  draw_id int NOT NULL,
  positions int[] NOT NULL,
  PRIMARY KEY (inspector_id, draw_id)
);
INSERT INTO inspector_targets (inspector_id, draw_id, positions)
SELECT a.inspector_id, a.draw_id, array_agg(t.position ORDER BY t.position)
FROM assignments a JOIN targets t ON t.id = a.target_id GROUP BY a.inspector_id, a.draw_id;
CREATE TRIGGER inspector_targets_immutable BEFORE UPDATE OR DELETE OR TRUNCATE ON inspector_targets
  FOR EACH STATEMENT EXECUTE FUNCTION draw_rows_immutable();

DROP TABLE assignments;
CREATE VIEW assignments AS
  SELECT t.id * 64 + o.n - 1 AS id, t.id AS target_id, (o.n - 1)::int AS position, t.draw_id, o.inspector_id,
         t.certificate_nos[o.n] AS certificate_no, t.group_keys[o.n] AS group_key
  FROM targets t CROSS JOIN LATERAL unnest(t.inspector_ids) WITH ORDINALITY AS o(inspector_id, n);
CREATE TRIGGER assignments_immutable INSTEAD OF INSERT OR UPDATE OR DELETE ON assignments
  FOR EACH ROW EXECUTE FUNCTION draw_rows_immutable();

CREATE OR REPLACE FUNCTION keep_drawn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'inspectors' AND EXISTS (SELECT 1 FROM inspector_targets WHERE inspector_id = OLD.id)
     OR TG_TABLE_NAME = 'entities' AND EXISTS (SELECT 1 FROM targets WHERE entity_id = OLD.id) THEN
    RAISE EXCEPTION '% % appears in draw results and cannot be deleted', TG_TABLE_NAME, OLD.id USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN OLD;
END $$;
`.execute(db);
}
