import type { Transaction } from 'kysely';
import type { Database } from '@sxgk/db';
import {
  copyNewEntities, mergeEntities, reserveEntityIds, stageEntities, type EntityImportField,
} from '@sxgk/db/repositories/directory-import';
import type { EntityBatch } from './entity-batch.ts';

// Writes an import's batches while the next one is being read: each batch is first tried as new
// entities straight into the registry (the fast way, and the only one a first import of a
// directory needs); a batch holding a code the registry already has goes to the merge stage, and
// after two such batches every further one does (a file imported again is all known codes).

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

  constructor(private readonly trx: Transaction<Database>, private readonly o: WriterOptions) {}

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

  /** Writes the last batch and merges the stage; answers the counts (inserted: new to the directory). */
  async finish(): Promise<{ inserted: number; updated: number }> {
    await this.settle();
    if (this.staged === 0) return { inserted: this.inserted, updated: 0 };
    const merged = await mergeEntities(this.trx, this.o);
    return { inserted: this.inserted + merged.inserted, updated: merged.updated };
  }

  private async write(batch: EntityBatch): Promise<void> {
    if (batch.size === 0) return;
    if (this.tryNew) {
      const first = await reserveEntityIds(this.trx, batch.size);
      const { jobId, departmentId } = this.o;
      const written = await copyNewEntities(
        this.trx,
        batch.registryRows((i) => `\t${jobId}\t${first + i}\n`),
        () => batch.directoryRows((i) => `${departmentId}\t${first + i}\t`),
      );
      if (written) {
        this.inserted += batch.size;
        return;
      }
      if (++this.known === 2) this.tryNew = false;
    }
    this.staged += await stageEntities(this.trx, batch.stageRows());
  }
}
