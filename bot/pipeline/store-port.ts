// What the pipeline needs from storage, as a narrow port. bot/pipeline/storage-store.ts
// implements it over storage/; the benchmark's baseline uses an in-memory one.
import type { ChatMessage } from '../adapters/types.js';
import type { IsoDate, MessageFinding } from '../../checks/types.js';

export interface IngestItem {
  message: ChatMessage;
  findings: MessageFinding[];
  /** Attribution for reports: which township's group, which department imposed it. */
  township?: string;
  department?: string;
}

export interface IngestOutcome {
  /** The platform message was stored before (a redelivery): nothing new was written. */
  duplicate: boolean;
  /** Human-facing numbers of the stored findings, in the order of `findings`. */
  findingNumbers: string[];
  /** The database could not take it now: it is in the durable spool, to be replayed. */
  spooled?: boolean;
}

export interface PipelineStore {
  /** Idempotent: the same platform message stored twice is stored once. */
  ingest(items: readonly IngestItem[]): Promise<IngestOutcome[]>;
  /** Records a delivery that must be handled once but not kept as a message (commands,
   *  private chats). Resolves false if it was already claimed. */
  claimDelivery(key: string, receivedOn: IsoDate): Promise<boolean>;
}

/** Where messages go when the store is unavailable; replayed into the store later. */
export interface MessageSpool {
  append(item: IngestItem): Promise<void>;
}
