// First, cheap line of defence against redelivery (Slack retries, WeChat reconnects): a
// bounded in-memory set of recent delivery keys. The durable guarantee is storage's unique
// key and delivery receipts; this only spares them the round trip.
import type { ChatMessage } from '../adapters/types.js';

export function deliveryKey(message: Pick<ChatMessage, 'platform' | 'channelId' | 'messageId'>): string {
  return `${message.platform}\u0000${message.channelId}\u0000${message.messageId}`;
}

export class RecentKeys {
  private readonly keys = new Set<string>();

  constructor(private readonly capacity = 50_000) {}

  /** True if the key was seen recently; records it otherwise. */
  seen(key: string): boolean {
    if (this.keys.has(key)) return true;
    this.keys.add(key);
    if (this.keys.size > this.capacity) {
      // Sets iterate in insertion order: the first key is the oldest.
      const oldest = this.keys.values().next().value;
      if (oldest !== undefined) this.keys.delete(oldest);
    }
    return false;
  }

  forget(key: string): void {
    this.keys.delete(key);
  }
}
