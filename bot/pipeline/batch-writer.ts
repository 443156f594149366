// Groups concurrent ingest calls into one store call. Under load, messages that arrive
// while a write is running go out together in the next one (that is where the
// throughput comes from); a lone message is written at once (that keeps latency low).
// A failed batch is retried item by item, so one bad message cannot take others down.
import type { IngestItem, IngestOutcome, PipelineStore } from './store-port.js';

interface Pending {
  item: IngestItem;
  resolve: (outcome: IngestOutcome) => void;
  reject: (err: unknown) => void;
}

export class BatchWriter {
  private queue: Pending[] = [];
  private running: Promise<void> | undefined;

  constructor(
    private readonly store: PipelineStore,
    private readonly maxBatch = 1000,
  ) {}

  write(item: IngestItem): Promise<IngestOutcome> {
    return new Promise<IngestOutcome>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.running ??= this.loop();
    });
  }

  /** Resolves when everything queued so far has been written (or has failed). */
  async drain(): Promise<void> {
    while (this.running) await this.running;
  }

  private async loop(): Promise<void> {
    try {
      // Let the current tick's callers enqueue first.
      await new Promise<void>((r) => setImmediate(r));
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        await this.writeBatch(batch);
      }
    } finally {
      this.running = undefined;
    }
  }

  private async writeBatch(batch: Pending[]): Promise<void> {
    try {
      const outcomes = await this.store.ingest(batch.map((p) => p.item));
      batch.forEach((p, i) => {
        const outcome = outcomes[i];
        if (outcome) p.resolve(outcome);
        else p.reject(new Error(`store.ingest returned ${outcomes.length} outcomes for ${batch.length} items`));
      });
    } catch (err) {
      if (batch.length === 1) {
        batch[0]!.reject(err);
        return;
      }
      for (const p of batch) {
        try {
          const [outcome] = await this.store.ingest([p.item]);
          if (outcome) p.resolve(outcome);
          else p.reject(new Error('store.ingest returned no outcome', { cause: err }));
        } catch (itemErr) {
          p.reject(itemErr);
        }
      }
    }
  }
}
