import { DrawError, startCommittedDraw, type DrawInProgress } from '@sxgk/core/draw/index';
import type { Db } from '@sxgk/db';
import { committedInput, loadSnapshot, markDrawFailed, saveDrawResult, type DrawSnapshot, type SavedDraw } from '@sxgk/db/draws/index';

// Executes one draw: read the frozen snapshot, run the core's sxgk-draw-v1 with the ceremony's
// beacon, save the result in one transaction. Safe to run again (a retry, a second worker): only
// a draw still `executing` is saved, once.
export interface ExecuteHooks {
  /** test hook, forwarded to saveDrawResult: runs just before COMMIT */
  beforeCommit?: () => void | Promise<void>;
}

/** A refusal that retrying cannot fix; the worker marks the job failed without retrying. */
export class DrawRefused extends Error {}

export async function loadForExecution(db: Db, drawId: number): Promise<DrawSnapshot | 'done'> {
  const snapshot = await loadSnapshot(db, drawId);
  if (!snapshot) throw new DrawRefused(`抽取 #${drawId} 不存在`);
  if (snapshot.draw.status === 'executed') return 'done';
  if (snapshot.draw.status !== 'executing') throw new DrawRefused(`抽取 #${drawId} 当前状态为 ${snapshot.draw.status}，不能执行`);
  return snapshot;
}

/**
 * The core's draw on the snapshot, which must still be what the commitment published: step 1
 * done, step 2 left to the saving of the results, which runs it batch by batch (persist.ts).
 */
export function startDraw(snapshot: DrawSnapshot): DrawInProgress {
  try {
    return startCommittedDraw(committedInput(snapshot, snapshot.draw.beacon ?? ''), snapshot.draw.commitment ?? '');
  } catch (e) {
    if (e instanceof DrawError && e.code === 'COMMITMENT_MISMATCH') throw new DrawRefused(`抽取 #${snapshot.draw.id} 的快照与公开承诺不符`);
    throw e;
  }
}

export async function executeDraw(db: Db, p: { jobId: string; drawId: number }, hooks: ExecuteHooks = {}): Promise<SavedDraw> {
  const progress = (n: number) => db.updateTable('jobs').set({ progress: n }).where('id', '=', p.jobId).where('state', '=', 'active').execute();
  await db.updateTable('jobs').set({ state: 'active' }).where('id', '=', p.jobId).where('state', '=', 'queued').execute();
  const snapshot = await loadForExecution(db, p.drawId);
  if (snapshot === 'done') return { drawId: p.drawId, targets: -1, assignments: -1, already: true };
  // the draw is synchronous: its own progress callbacks could only be written after it returns,
  // so the job row moves by phase: loaded, entities drawn, saved (with the teams drawn meanwhile)
  await progress(20);
  try {
    const draw = startDraw(snapshot);
    await progress(50);
    return await saveDrawResult(db, snapshot, draw.outcome, {
      jobId: p.jobId, actorUserId: snapshot.draw.executedBy, beforeCommit: hooks.beforeCommit, advance: draw.advanceTo,
    });
  } catch (e) {
    // a refused snapshot, or too few inspectors for an entity (nothing was saved: the transaction rolled back)
    if (e instanceof DrawError || e instanceof DrawRefused) {
      await markDrawFailed(db, p.drawId, p.jobId, e.message);
      throw new DrawRefused(e.message);
    }
    throw e;
  }
}
