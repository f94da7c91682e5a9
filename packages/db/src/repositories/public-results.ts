import { sql, type SqlBool } from 'kysely';
import { INSPECTION_METHOD_LABELS, OUTCOME_LABELS, type InspectionMethod, type Outcome } from '@sxgk/core/outcomes';
import { maskPersonName, REDACTED, redactEntityForPublic, redactFormAnswers, redactText, type FormField, type PublicEntity } from '@sxgk/core/redaction';
import type { Db } from '../client.ts';
import type { Entrustment, InspectionSection } from '../schema.ts';

// The public side of published results. Only published rows are ever read here, and every value
// leaves through core/redaction.ts; on top of its patterns, what the registry knows about the
// entity's natural person (an individual business's operator name, home address, phone) is
// scrubbed from free text too, since an inspector may have typed it into findings or answers.
export interface PublicResult {
  id: number;
  publishedOn: string | null;
  resultDate: string;
  departmentName: string;
  taskName: string;
  version: number;
  corrected: boolean;
  entity: PublicEntity;
  inspectionDate: string | null;
  methods: string[];
  outcome: Outcome;
  outcomeLabel: string;
  violations: string[];
  findings: string;
  entrustment: { institution: string; scope: string } | null;
  sections: { itemName: string; formTitle: string; answers: Record<string, unknown> }[];
}

type Row = {
  id: number; publishedOn: string | null; resultDate: string; departmentName: string; taskName: string; version: number; superseded: boolean;
  uscc: string; name: string; kind: 'enterprise' | 'individual' | 'cooperative' | 'other'; status: 'active' | 'deregistered' | 'revoked' | 'cancelled' | 'moved_out';
  legalRepresentative: string; address: string; contactPhone: string;
  inspectionDate: string | null; methods: string[]; outcome: Outcome; violations: string[]; findings: string;
  entrustment: Entrustment | null; sections: InspectionSection[];
};

function query(db: Db) {
  return db.selectFrom('publications')
    .innerJoin('inspections', 'inspections.id', 'publications.inspectionId')
    .innerJoin('entities', 'entities.id', 'publications.entityId')
    .innerJoin('departments', 'departments.id', 'publications.departmentId')
    .innerJoin('tasks', 'tasks.id', 'publications.taskId')
    .select([
      'publications.id', 'publications.publishedOn', 'publications.resultDate', 'departments.name as departmentName', 'tasks.name as taskName',
      'inspections.version', sql<boolean>`inspections.status = 'superseded'`.as('superseded'),
      'entities.uscc', 'entities.name', 'entities.kind', 'entities.status', 'entities.legalRepresentative', 'entities.address', 'entities.contactPhone',
      'inspections.inspectionDate', 'inspections.methods', 'publications.outcome', 'publications.violations', 'inspections.findings',
      'inspections.entrustment', 'inspections.sections',
    ])
    .where('publications.status', '=', 'published');
}

/** Replaces every occurrence of the natural person's known details in a string. */
function scrubber(row: Row): (s: string) => string {
  const pairs: [string, string][] = [];
  const phone = row.contactPhone.trim();
  if (phone.length >= 5) pairs.push([phone, REDACTED]);
  if (row.kind === 'individual') {
    const person = row.legalRepresentative.trim();
    const address = row.address.trim();
    if (address.length >= 4) pairs.push([address, REDACTED]);
    if (person.length >= 2) pairs.push([person, maskPersonName(person)]);
  }
  // longest first, so a name inside an address does not break the address match
  pairs.sort((a, b) => b[0].length - a[0].length);
  return (s) => pairs.reduce((t, [from, to]) => t.split(from).join(to), redactText(s));
}

function deep(v: unknown, f: (s: string) => string): unknown {
  if (typeof v === 'string') return f(v);
  if (Array.isArray(v)) return v.map((x) => deep(x, f));
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deep(x, f)]));
  return v;
}

type FormInfo = { title: string; fields: FormField[] };

async function toPublic(db: Db, rows: Row[]): Promise<PublicResult[]> {
  const formIds = [...new Set(rows.flatMap((r) => r.sections.map((s) => s.formId)))];
  const itemIds = [...new Set(rows.flatMap((r) => r.sections.map((s) => s.itemId)))];
  const forms = new Map<number, FormInfo>();
  if (formIds.length) {
    for (const f of await db.selectFrom('forms').select(['id', 'title', 'definition']).where('id', 'in', formIds).execute()) {
      const def = f.definition as { sections?: { fields?: FormField[] }[] };
      forms.set(f.id, { title: f.title, fields: (def.sections ?? []).flatMap((s) => (s.fields ?? []).map((x) => ({ key: x.key, confidential: x.confidential === true }))) });
    }
  }
  const items = new Map(itemIds.length ? (await db.selectFrom('items').select(['id', 'name']).where('id', 'in', itemIds).execute()).map((i) => [i.id, i.name]) : []);
  return rows.map((r) => {
    const scrub = scrubber(r);
    const entity = redactEntityForPublic(r);
    return {
      id: r.id, publishedOn: r.publishedOn, resultDate: r.resultDate, departmentName: r.departmentName, taskName: scrub(r.taskName),
      version: r.version, corrected: r.superseded,
      entity: { ...entity, address: entity.address && scrub(entity.address) },
      inspectionDate: r.inspectionDate,
      methods: r.methods.map((m) => INSPECTION_METHOD_LABELS[m as InspectionMethod] ?? m),
      outcome: r.outcome, outcomeLabel: OUTCOME_LABELS[r.outcome],
      violations: r.violations.map(scrub), findings: scrub(r.findings),
      entrustment: r.entrustment ? { institution: scrub(r.entrustment.institution), scope: scrub(r.entrustment.scope) } : null,
      sections: r.sections.map((s) => {
        const form = forms.get(s.formId);
        // an unknown form has no allow-list: nothing of its answers is shown
        const answers = form ? redactFormAnswers(s.answers, form.fields) : {};
        return { itemName: scrub(items.get(s.itemId) ?? ''), formTitle: form?.title ?? '', answers: deep(answers, scrub) as Record<string, unknown> };
      }),
    };
  });
}

export const publicResultsRepo = {
  /** Published results, newest first, searched by entity name or USCC. */
  async search(db: Db, q: string | undefined, offset: number, limit: number) {
    let qb = query(db);
    const text = q?.trim();
    if (text) {
      const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb = qb.where(sql<SqlBool>`(entities.name ILIKE ${like} OR entities.uscc = ${text.toUpperCase()})`);
    }
    const [rows, count] = await Promise.all([
      qb.orderBy('publications.publishedAt', 'desc').orderBy('publications.id', 'desc').offset(offset).limit(limit).execute(),
      qb.clearSelect().select(sql<number>`count(*)`.as('total')).executeTakeFirst(),
    ]);
    return { rows: await toPublic(db, rows as unknown as Row[]), total: Number(count?.total ?? 0) };
  },

  /** An entity's published history; undefined when it has none. */
  async entity(db: Db, uscc: string) {
    const rows = await query(db).where('entities.uscc', '=', uscc.toUpperCase()).orderBy('publications.publishedAt', 'desc').orderBy('publications.id', 'desc').execute();
    if (!rows.length) return undefined;
    const results = await toPublic(db, rows as unknown as Row[]);
    return { entity: results[0]!.entity, results };
  },
};
