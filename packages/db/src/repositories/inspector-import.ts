import { sql, type Transaction } from 'kysely';
import type { Database } from '../schema.ts';

// 检查人员 imports: keyed by 执法证号, scoped to the importing department. Files are small (a
// department has tens to hundreds of inspectors), so the rows travel as one JSON parameter.

export const INSPECTOR_IMPORT_FIELDS = {
  name: 'name', position: 'position', certificateValidUntil: 'certificate_valid_until',
  expertise: 'expertise', fields: 'fields', active: 'active',
} as const;
export type InspectorImportField = keyof typeof INSPECTOR_IMPORT_FIELDS;

export interface InspectorImportRow {
  rowNo: number;
  name: string;
  position: string;
  certificateNo: string;
  certificateValidUntil: string | null;
  expertise: string[];
  fields: string[];
  active: boolean;
}

export interface InspectorMergeResult {
  inserted: number;
  updated: number;
  /** Rows whose certificate belongs to another department's inspector: not imported. */
  foreignRows: number[];
}

/** `fields`: the columns present in the file; absent ones keep the stored value on update. */
export async function mergeInspectors(
  trx: Transaction<Database>,
  departmentId: number,
  rows: readonly InspectorImportRow[],
  fields: readonly InspectorImportField[],
): Promise<InspectorMergeResult> {
  await sql`LOCK TABLE inspectors IN SHARE ROW EXCLUSIVE MODE`.execute(trx); // certificate numbers are city-wide
  await sql`
    CREATE TEMP TABLE import_inspectors ON COMMIT DROP AS
    SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(
      "rowNo" int, name text, position text, "certificateNo" text, "certificateValidUntil" date,
      expertise text[], fields text[], active boolean)`.execute(trx);

  const foreign = await sql<{ rowNo: number }>`
    DELETE FROM import_inspectors s USING inspectors i
    WHERE i.certificate_no = s."certificateNo" AND i.department_id <> ${departmentId}
    RETURNING s."rowNo"`.execute(trx);

  let updated = 0;
  const present = fields.map((f) => [INSPECTOR_IMPORT_FIELDS[f], `s."${f}"`] as const);
  if (present.length) {
    const r = await sql`
      UPDATE inspectors i SET ${sql.raw(present.map(([c, s]) => `${c} = ${s}`).join(', '))}, updated_at = now()
      FROM import_inspectors s
      WHERE i.certificate_no = s."certificateNo" AND i.department_id = ${departmentId}
        AND ROW(${sql.raw(present.map(([c]) => `i.${c}`).join(', '))}) IS DISTINCT FROM ROW(${sql.raw(present.map(([, s]) => s).join(', '))})`
      .execute(trx);
    updated = Number(r.numAffectedRows ?? 0);
  }

  const inserted = await sql`
    INSERT INTO inspectors (department_id, name, position, certificate_no, certificate_valid_until, expertise, fields, active)
    SELECT ${departmentId}, s.name, s.position, s."certificateNo", s."certificateValidUntil", s.expertise, s.fields, s.active
    FROM import_inspectors s WHERE NOT EXISTS (SELECT 1 FROM inspectors i WHERE i.certificate_no = s."certificateNo")`
    .execute(trx);

  return { inserted: Number(inserted.numAffectedRows ?? 0), updated, foreignRows: foreign.rows.map((r) => r.rowNo) };
}
