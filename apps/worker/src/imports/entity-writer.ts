import type { ControlledTransaction, Transaction } from 'kysely';
import type { Database, Db } from '@sxgk/db';
import {
  copyDirectoryEntries, copyNewEntities, mergeEntities, removeOrphanEntries, reserveEntityIds, stageEntities,
  type EntityImportField,
} from '@sxgk/db/repositories/directory-import';
import type { EntityBatch } from './entity-batch.ts';

// Writes an import's batches while the next one is being read. Each batch is first tried as new
// entities straight into the registry (the fast way, and the only one a first import of a
// directory needs); a batch holding a code the registry already has goes to the merge stage, and
// after two such batches every further one does (a file imported again is all known codes).
//
// The directory entries of the new entities go in on a second connection, in a transaction of
// their own, so that a second Postgres process writes them while the first writes the registry.
// That transaction commits just before the import's own: until then its entries point at ids no
// committed entity has, and every reader of directory_entries joins entities, so none sees them.
// Should the import's commit still fail, the entries left pointing at nothing are removed again
// (removeOrphans); a process killed in that instant leaves only such invisible entries.

export interface WriterOptions {
  departmentId: number;
  actorUserId: number;
  jobId: string;
  /** registry fields whose column is in the file */
  fields: readonly EntityImportField[];
  hasTags: boolean;
}

export class EntityWriter {
  private pending: Promise<void> = Promise.resolve();
  private failure: unknown = null;
  private tryNew = true;
  private known = 0; // batches that held codes already in the registry
  private inserted = 0;
  private staged = 0;
  private directory: Promise<ControlledTransaction<Database>> | null = null;
  private directoryWrites: Promise<unknown> = Promise.resolve();
  /** id ranges of the new entities, once their directory entries are committed */
  private committedRanges: [number, number][] = [];
  private readonly ranges: [number, number][] = [];

  constructor(private readonly db: Db, private readonly trx: Transaction<Database>, private readonly o: WriterOptions) {}

  /** Hands a batch over; resolves once the batch before it is written, this one being written. */
  async add(batch: EntityBatch): Promise<void> {
    await this.settle();
    this.pending = this.write(batch).catch((e) => {
      this.failure = e;
    });
  }

  /** Waits for what is being written; rethrows its failure. Await it before leaving the transaction. */
  async settle(): Promise<void> {
    await this.pending;
    if (this.failure) throw this.failure;
  }

  /**
   * Writes the last batch, merges the stage, commits the directory entries of the new entities;
   * answers the counts (inserted: new to the directory). The import's transaction commits next.
   */
  async finish(): Promise<{ inserted: number; updated: number }> {
    await this.settle();
    await this.directoryWrites;
    const merged = this.staged ? await mergeEntities(this.trx, this.o) : { inserted: 0, updated: 0 };
    if (this.directory) {
      await (await this.directory).commit().execute();
      this.committedRanges = this.ranges;
    }
    return { inserted: this.inserted + merged.inserted, updated: merged.updated };
  }

  /** After a failed import: the directory entries' transaction rolled back, or its committed entries removed. */
  async abandon(): Promise<void> {
    await this.pending;
    await this.directoryWrites.catch(() => undefined);
    const directory = await this.directory?.catch(() => null);
    if (directory && !directory.isCommitted && !directory.isRolledBack) await directory.rollback().execute().catch(() => undefined);
    if (this.committedRanges.length) await removeOrphanEntries(this.db, this.o.departmentId, this.committedRanges);
  }

  private async write(batch: EntityBatch): Promise<void> {
    try {
      await this.writeOnce(batch);
    } finally {
      batch.release();
    }
  }

  private async writeOnce(batch: EntityBatch): Promise<void> {
    if (batch.size === 0) return;
    if (this.tryNew) {
      const first = await reserveEntityIds(this.trx, batch.size);
      if (await copyNewEntities(this.trx, batch.registryRows(first))) {
        this.inserted += batch.size;
        this.ranges.push([first, first + batch.size - 1]);
        const rows = batch.directoryRows(this.o.departmentId, first);
        this.directory ??= this.db.startTransaction().execute();
        const directory = this.directory;
        // in order, on the second connection, while this one goes on with the next batch
        const write = this.directoryWrites.then(async () => copyDirectoryEntries(await directory, rows));
        this.directoryWrites = write;
        write.catch((e) => {
          this.failure ??= e;
        });
        return;
      }
      if (++this.known === 2) this.tryNew = false;
    }
    this.staged += await stageEntities(this.trx, batch.stageRows());
  }
}
