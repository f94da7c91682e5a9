import { sql } from 'kysely';
import { DRAW_SPEC, type DrawRecord, type PublicDrawRecord } from '@sxgk/core/draw/index';
import type { Db } from '../client.ts';
import type { Draw } from '../schema.ts';
import { loadSnapshot } from './snapshot.ts';
import { targetOfDraw } from './ids.ts';

// The published draw records of docs/draw-spec.md, rebuilt from the snapshot and the saved
// results. Before execution only the commitment side is public; afterwards the spec's record
// (exactly the vectors' fields) plus the platform's own fields, which the verifier ignores.
function extras(d: Draw) {
  return {
    drawId: d.id, taskId: d.taskId, status: d.status, beaconSource: d.beaconSource, witnesses: d.witnesses,
    preparedAt: d.preparedAt, executedAt: d.executedAt, supersededBy: d.supersededById, redrawReason: d.redrawReason,
    redrawOf: d.redrawOfId, error: d.error,
  };
}

async function commitmentSide(db: Db, d: Draw) {
  const strata = await db.selectFrom('drawStrata').select(['key', 'ratioBp', 'size']).where('drawId', '=', d.id)
    .orderBy(sql`key COLLATE "C"`).execute();
  return {
    spec: DRAW_SPEC, commitment: d.commitment, populationDigest: d.populationDigest, inspectorDigest: d.inspectorDigest,
    strata: strata.map((s) => ({ key: s.key, ratioBp: s.ratioBp, populationSize: s.size })),
    ...extras(d),
  };
}

async function selections(db: Db, drawId: number): Promise<Map<string, string[]>> {
  const rows = await db.selectFrom('targets').select(['stratum', 'uscc']).where(targetOfDraw('targets.id', drawId)).orderBy('id').execute();
  const out = new Map<string, string[]>();
  for (const r of rows) {
    let list = out.get(r.stratum);
    if (!list) out.set(r.stratum, (list = []));
    list.push(r.uscc);
  }
  return out;
}

async function build(db: Db, drawId: number, audit: boolean): Promise<Record<string, unknown> | undefined> {
  const draw = await db.selectFrom('draws').selectAll().where('id', '=', drawId).executeTakeFirst();
  if (!draw || draw.commitment === null) return undefined;
  if (draw.executedAt === null && !audit) return commitmentSide(db, draw);
  const snapshot = (await loadSnapshot(db, drawId))!;
  const inspectors = { inspectorGroups: snapshot.groups.map((g) => ({ key: g.key, perTarget: g.perTarget, pool: g.pool })), exclusions: snapshot.exclusions };
  if (draw.executedAt === null) return { ...(await commitmentSide(db, draw)), ...inspectors };
  const selected = await selections(db, drawId);
  const record: PublicDrawRecord = {
    spec: DRAW_SPEC, commitment: draw.commitment, populationDigest: draw.populationDigest!, inspectorDigest: draw.inspectorDigest!,
    beacon: draw.beacon!, secret: draw.secret, seed: draw.seed!,
    strata: snapshot.strata.map((x) => ({ key: x.key, ratioBp: x.ratioBp, population: x.population.toArray(), selected: selected.get(x.key) ?? [] })),
  };
  if (!audit) return { ...record, ...extras(draw) };
  return { ...record, ...inspectors, assignments: await assignmentsOf(db, drawId, snapshot.groups.length > 0), ...extras(draw) };
}

async function assignmentsOf(db: Db, drawId: number, withTeams: boolean): Promise<DrawRecord['assignments']> {
  if (!withTeams) return []; // an entities-only draw
  const rows = await db.selectFrom('targets').select(['uscc', 'certificateNos']).where(targetOfDraw('targets.id', drawId)).orderBy('id').execute();
  return rows.map((r) => ({ target: r.uscc, inspectors: r.certificateNos }));
}

/** `GET /api/public/draws/:id`: anyone may read it. */
export const publicDrawRecord = (db: Db, drawId: number) => build(db, drawId, false);

/** `GET /api/draws/:id/record`: the audit level, adding inspector groups, exclusions and assignments. */
export const auditDrawRecord = (db: Db, drawId: number) => build(db, drawId, true);
