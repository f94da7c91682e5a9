import './hashing.ts';
import { compareUtf8, IdLines, type CanonicalDraw } from '@sxgk/core/draw/index';
import type { Db } from '../client.ts';
import { copyBinaryOut } from '../repositories/copy-binary.ts';
import type { Draw } from '../schema.ts';

// A prepared draw's frozen inputs, read back from draw_strata / draw_groups / draws.exclusions
// exactly as the commitment hashed them (strata and groups by ascending key, ids ascending).
export interface SnapshotStratum {
  key: string;
  ratioBp: number;
  /** the codes, ascending, read by position (the bytes as stored and hashed) */
  population: IdLines;
  /** int4 big-endian entity id per population position */
  entityIds: Buffer;
}
export interface SnapshotGroup {
  key: string;
  departmentId: number;
  perTarget: number;
  pool: string[];
  inspectorIds: number[];
}
export interface DrawSnapshot {
  draw: Draw;
  taskDepartmentId: number;
  strata: SnapshotStratum[];
  groups: SnapshotGroup[];
  exclusions: [string, string][];
}

const lines = (text: string): string[] => (text === '' ? [] : text.split('\n'));

export async function loadSnapshot(db: Db, drawId: number): Promise<DrawSnapshot | undefined> {
  const draw = await db.selectFrom('draws').selectAll().where('id', '=', drawId).executeTakeFirst();
  if (!draw) return undefined;
  const [task, strata, groups] = await Promise.all([
    db.selectFrom('tasks').select('departmentId').where('id', '=', draw.taskId).executeTakeFirstOrThrow(),
    loadStrata(db, drawId),
    db.selectFrom('drawGroups').select(['key', 'departmentId', 'perTarget', 'pool', 'inspectorIds']).where('drawId', '=', drawId).execute(),
  ]);
  return {
    draw,
    taskDepartmentId: task.departmentId,
    strata: strata.sort((a, b) => compareUtf8(a.key, b.key)),
    groups: groups.sort((a, b) => compareUtf8(a.key, b.key)).map((g) => ({ ...g, pool: lines(g.pool) })),
    exclusions: lines(draw.exclusions.replace(/\n$/, '')).map((l) => l.split('\t') as [string, string]),
  };
}

/** The strata in binary COPY: a million codes and ids arrive as bytes, not as text to parse. */
function loadStrata(db: Db, drawId: number): Promise<SnapshotStratum[]> {
  return db.transaction().execute(async (trx) => {
    const out: SnapshotStratum[] = [];
    const rows = copyBinaryOut(trx, `SELECT key, ratio_bp, population, entity_ids FROM draw_strata WHERE draw_id = ${Number(drawId)}`);
    for await (const [key, ratioBp, population, entityIds] of rows) {
      out.push({ key: key!.toString('utf8'), ratioBp: ratioBp!.readInt32BE(0), population: new IdLines(population!, entityIds!.length / 4), entityIds: entityIds! });
    }
    return out;
  });
}

/**
 * The core's input for this snapshot with the ceremony's beacon. It is canonical as stored
 * (strata and groups by ascending key, ids ascending, exclusions ascending), which the core's
 * runCommittedDraw confirms by recomputing the commitment.
 */
export function committedInput(s: DrawSnapshot, beacon: string): CanonicalDraw {
  return {
    secret: s.draw.secret,
    beacon,
    strata: s.strata.map((x) => ({ key: x.key, ratioBp: x.ratioBp, population: x.population })),
    groups: s.groups.map((g) => ({ key: g.key, perTarget: g.perTarget, pool: g.pool })),
    exclusions: s.exclusions,
  };
}

/** Entity id of population position `i` of a stratum. */
export function entityIdAt(stratum: SnapshotStratum, i: number): number {
  return stratum.entityIds.readInt32BE(i * 4);
}
