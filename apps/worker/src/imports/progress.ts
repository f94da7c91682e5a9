import { jobsRepo, type Db } from '@sxgk/db';

// Progress lives on the job row (what the console polls) and in BullMQ. Reported in steps of
// 2 %, so a million-row import costs ~50 tiny updates. Awaited, so a failing report (or a test
// throwing from onProgress to simulate a crash) aborts the import like any other error.
const STEP = 2;

export class Progress {
  private reported = 0;

  constructor(
    private readonly db: Db,
    private readonly jobId: string,
    private readonly onProgress: (percent: number) => unknown,
  ) {}

  async set(percent: number): Promise<void> {
    const p = Math.min(99, Math.floor(percent)); // 100 only with the committed result
    if (p < this.reported + STEP) return;
    this.reported = p;
    await jobsRepo.progress(this.db, this.jobId, p);
    await this.onProgress(p);
  }

  /** The upload's bytes, reporting `from`..`to` % as they are read. */
  async *reading(chunks: AsyncIterable<Uint8Array>, size: number, from: number, to: number): AsyncGenerator<Uint8Array> {
    let read = 0;
    for await (const chunk of chunks) {
      read += chunk.byteLength;
      await this.set(from + ((to - from) * read) / Math.max(1, size));
      yield chunk;
    }
  }
}
