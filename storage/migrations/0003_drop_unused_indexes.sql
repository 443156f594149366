DROP INDEX "chat_messages_sent_at_idx";--> statement-breakpoint
DROP INDEX "findings_status_idx";