// The pipeline's store port over storage/ (idempotent ingest, delivery receipts).
import type { Db } from '../../storage/database.js';
import { claimDelivery, ingestMessages } from '../../storage/repositories/messages.js';
import type { IngestOutcome, PipelineStore } from './store-port.js';

export function createStorageStore(db: Db, options: { pseudonymKey: Buffer; keepMessageMetadata: boolean }): PipelineStore {
  return {
    async ingest(items): Promise<IngestOutcome[]> {
      const outcomes = await ingestMessages(db, {
        items: items.map((i) => ({ message: i.message, findings: i.findings, township: i.township ?? null, department: i.department ?? null })),
        pseudonymKey: options.pseudonymKey,
        keepMessageMetadata: options.keepMessageMetadata,
      });
      return outcomes.map((o) => ({ duplicate: o.duplicate, findingNumbers: o.findingNumbers }));
    },
    claimDelivery(key, receivedOn) {
      return claimDelivery(db, { key, receivedOn, pseudonymKey: options.pseudonymKey });
    },
  };
}
