import { Readable } from 'node:stream';

// COPY … TO STDOUT as a readable stream of the data bytes, for node-pg's client.query(). It works
// as pg-copy-streams' `to` does — takes the connection's socket over for the COPY, hands it back
// at CopyDone or an error — but strips the protocol framing in one pass over each socket chunk,
// without a Buffer per message: Postgres sends one message per row, and for a million rows that
// library's per-message bookkeeping cost more than the walk itself.

const COPY_DATA = 0x64; // d
const COPY_DONE = 0x63; // c
const ERROR = 0x45; // E
// may come before or between CopyData messages, and are skipped
const SKIPPED = new Set([0x48 /* H: CopyOutResponse */, 0x53 /* S */, 0x4e /* N */, 0x41 /* A */]);
const SMALL = 64; // payloads up to this many bytes are copied by a byte loop, larger ones natively

interface PgConnection {
  stream: NodeJS.ReadableStream;
  query(text: string): void;
}

export class CopyOut extends Readable {
  #connection: PgConnection | null = null;
  #pgOnData: ((b: Buffer) => void) | null = null;
  #head: Buffer | null = null; // the start of a message header cut at a chunk's end
  #left = 0; // bytes of the current message still to come
  #keep = false; // whether they are data (else skipped)
  #wanted = false;
  #forwarding = false;
  readonly #onReadable = () => this.#forward();

  constructor(readonly text: string) {
    super();
  }

  /** Called by node-pg with the connection when the query's turn comes. */
  submit(connection: PgConnection): void {
    this.#connection = connection;
    const [onData, ...more] = connection.stream.listeners('data') as ((b: Buffer) => void)[];
    if (!onData || more.length) throw new Error('COPY expects node-pg to be the only reader of its socket');
    this.#pgOnData = onData;
    connection.stream.removeListener('data', onData);
    connection.stream.pause();
    connection.stream.on('readable', this.#onReadable);
    connection.query(this.text);
  }

  override _read(): void {
    this.#wanted = true;
    this.#forward();
  }

  #forward(): void {
    if (this.#forwarding || !(this.#wanted || this.destroyed) || !this.#connection) return;
    this.#forwarding = true;
    let chunk: Buffer | null;
    while ((this.#wanted || this.destroyed) && this.#connection && (chunk = this.#connection.stream.read() as Buffer | null) !== null) this.#parse(chunk);
    this.#forwarding = false;
  }

  /** Pushes the data of `chunk`'s CopyData messages as one Buffer; at CopyDone or an error, hands the socket back. */
  #parse(chunk: Buffer): void {
    const buf = this.#head ? Buffer.concat([this.#head, chunk]) : chunk;
    this.#head = null;
    const n = buf.length;
    // the data is moved to the front of the chunk itself (the socket's buffers are this stream's
    // alone now), never written ahead of where it is read
    let used = 0;
    let at = 0;
    for (;;) {
      if (this.#left > 0) {
        const take = Math.min(this.#left, n - at);
        if (this.#keep) {
          if (take <= SMALL) for (let j = at; j < at + take; j++) buf[used++] = buf[j]!;
          else used += buf.copy(buf, used, at, at + take);
        }
        at += take;
        this.#left -= take;
        if (this.#left > 0) break; // the chunk ends inside the message
      }
      if (at + 5 > n) {
        if (at < n) this.#head = buf.subarray(at);
        break;
      }
      const code = buf[at]!;
      if (code !== COPY_DATA && !SKIPPED.has(code)) {
        // CopyDone ends the data; an ErrorResponse (or anything else that ends copy-out mode) is
        // node-pg's to read, and it then fails the query through handleError
        this.#push(buf, used);
        this.#handBack(buf.subarray(code === COPY_DONE ? at + 5 : at));
        if (code !== ERROR && !this.destroyed) this.push(null);
        return;
      }
      this.#left = buf.readUInt32BE(at + 1) - 4;
      this.#keep = code === COPY_DATA;
      at += 5;
    }
    this.#push(buf, used);
  }

  #push(out: Buffer, used: number): void {
    if (used > 0 && !this.destroyed) this.#wanted = this.push(out.subarray(0, used));
  }

  // A reader that stops early (an error, a break) destroys the stream: the rest of the COPY is
  // still read off the socket, and dropped, so the connection comes back usable.
  override _destroy(e: Error | null, done: (e?: Error | null) => void): void {
    done(e);
    this.#forward();
  }

  #handBack(rest: Buffer): void {
    const connection = this.#connection!;
    const onData = this.#pgOnData!;
    this.#connection = null;
    this.#wanted = false;
    connection.stream.removeListener('readable', this.#onReadable);
    connection.stream.on('data', onData);
    onData(rest);
    // as pg-copy-streams does: resume once node-pg's own handler has run
    process.nextTick(() => connection.stream.resume());
  }

  handleError(e: Error): void {
    this.destroy(e);
  }

  // node-pg reports the end of the statement and then of the query; the stream has ended by then
  handleCommandComplete(): void {}

  handleReadyForQuery(): void {}
}
