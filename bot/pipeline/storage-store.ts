// The pipeline's store port over storage/: idempotent ingest (through the resilient
// ingest when given, which spools to disk while the database is down) and delivery
// receipts for commands and private chats.
import type { Db } from '../../storage/database.js';
import { claimDelivery, ingestMessages } from '../../storage/repositories/messages.js';
import type { ResilientIngest } from '../../storage/resilient-ingest.js';
import type { IngestOutcome, PipelineStore } from './store-port.js';

export function createStorageStore(db: Db, options: { pseudonymKey: Buffer; keepMessageMetadata: boolean; resilient?: ResilientIngest }): PipelineStore {
  return {
    async ingest(items): Promise<IngestOutcome[]> {
      const storageItems = items.map((i) => ({ message: i.message, findings: i.findings, township: i.township ?? null, department: i.department ?? null }));
      if (options.resilient) {
        const outcomes = await options.resilient.ingest(storageItems);
        return outcomes.map((o) => ({ duplicate: o.duplicate, findingNumbers: o.findingNumbers, ...(o.spooled ? { spooled: true } : {}) }));
      }
      const outcomes = await ingestMessages(db, { items: storageItems, pseudonymKey: options.pseudonymKey, keepMessageMetadata: options.keepMessageMetadata });
      return outcomes.map((o) => ({ duplicate: o.duplicate, findingNumbers: o.findingNumbers }));
    },
    claimDelivery(key, receivedOn) {
      return claimDelivery(db, { key, receivedOn, pseudonymKey: options.pseudonymKey });
    },
  };
}
