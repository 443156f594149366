CREATE TABLE "chat_messages" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "chat_messages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"platform" text NOT NULL,
	"channel_id" text NOT NULL,
	"platform_message_id" text NOT NULL,
	"sender_hash" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"text" text,
	"has_findings" boolean NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chat_messages_text_only_with_findings" CHECK ("chat_messages"."text" IS NULL OR "chat_messages"."has_findings")
);
--> statement-breakpoint
CREATE TABLE "delivery_receipts" (
	"key_hash" text PRIMARY KEY NOT NULL,
	"received_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "findings" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "findings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"rule" text,
	"check" text NOT NULL,
	"source_kind" text NOT NULL,
	"message_id" bigint,
	"record_kind" text,
	"record_ref" text,
	"span_start" integer,
	"span_end" integer,
	"excerpt" text NOT NULL,
	"basis" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"department" text,
	"township" text,
	"platform" text,
	"channel_id" text,
	"occurred_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"status_by" text,
	"status_reason" text,
	"status_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "findings_status_ck" CHECK ("findings"."status" IN ('open', 'confirmed', 'dismissed', 'resolved')),
	CONSTRAINT "findings_source_ck" CHECK (("findings"."source_kind" = 'message' AND "findings"."message_id" IS NOT NULL) OR ("findings"."source_kind" = 'record' AND "findings"."record_ref" IS NOT NULL AND "findings"."record_kind" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "burden_reports" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "burden_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"report_no" text NOT NULL,
	"content" text NOT NULL,
	"township" text,
	"department" text,
	"status" text DEFAULT 'received' NOT NULL,
	"status_note" text,
	"reporter_sealed" text,
	"received_on" date NOT NULL,
	"updated_at" timestamp with time zone,
	CONSTRAINT "burden_reports_status_ck" CHECK ("burden_reports"."status" IN ('received', 'investigating', 'substantiated', 'unsubstantiated', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "inspections_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"external_id" text NOT NULL,
	"organizer" text NOT NULL,
	"level" text NOT NULL,
	"topic" text NOT NULL,
	"townships" text[] NOT NULL,
	"date" date NOT NULL,
	"approval_ref" text,
	"requires_preparation" boolean NOT NULL,
	"entered_by" text NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "secondments" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "secondments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"external_id" text NOT NULL,
	"person" text NOT NULL,
	"township" text NOT NULL,
	"hire_date" date NOT NULL,
	"borrowing_unit" text NOT NULL,
	"start" date NOT NULL,
	"end" date,
	"returned_on" date,
	"approval_ref" text,
	"entered_by" text NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "veto_items" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "veto_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"external_id" text NOT NULL,
	"set_by" text NOT NULL,
	"item" text NOT NULL,
	"targets" text NOT NULL,
	"date" date NOT NULL,
	"entered_by" text NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alerts" (
	"key" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"target" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"owner" text,
	"lease_until" timestamp with time zone,
	"next_attempt_at" timestamp with time zone,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alerts_status_ck" CHECK ("alerts"."status" IN ('pending', 'sending', 'sent', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "report_runs" (
	"week" text NOT NULL,
	"recipient" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"owner" text,
	"lease_until" timestamp with time zone,
	"next_attempt_at" timestamp with time zone,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_runs_pk" PRIMARY KEY("week","recipient"),
	CONSTRAINT "report_runs_status_ck" CHECK ("report_runs"."status" IN ('pending', 'sending', 'sent', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"subject" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_message_id_chat_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."chat_messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "chat_messages_delivery_uq" ON "chat_messages" USING btree ("platform","channel_id","platform_message_id");--> statement-breakpoint
CREATE INDEX "chat_messages_sent_at_idx" ON "chat_messages" USING btree ("sent_at");--> statement-breakpoint
CREATE UNIQUE INDEX "findings_message_uq" ON "findings" USING btree ("message_id","check","span_start","span_end") WHERE "findings"."message_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "findings_record_uq" ON "findings" USING btree ("record_kind","record_ref","check") WHERE "findings"."source_kind" = 'record';--> statement-breakpoint
CREATE INDEX "findings_week_idx" ON "findings" USING btree ("occurred_at","rule","department","township","status");--> statement-breakpoint
CREATE INDEX "findings_status_idx" ON "findings" USING btree ("status","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "burden_reports_no_uq" ON "burden_reports" USING btree ("report_no");--> statement-breakpoint
CREATE INDEX "burden_reports_received_idx" ON "burden_reports" USING btree ("received_on");--> statement-breakpoint
CREATE UNIQUE INDEX "inspections_external_uq" ON "inspections" USING btree ("external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "secondments_external_uq" ON "secondments" USING btree ("external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "veto_items_external_uq" ON "veto_items" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "alerts_status_idx" ON "alerts" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "report_runs_status_idx" ON "report_runs" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "audit_log_subject_idx" ON "audit_log" USING btree ("subject","at");