ALTER TABLE "burden_reports" DROP CONSTRAINT "burden_reports_status_ck";--> statement-breakpoint
ALTER TABLE "inspections" ALTER COLUMN "level" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "secondments" ALTER COLUMN "hire_date" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "veto_items" ALTER COLUMN "set_by" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "veto_items" ALTER COLUMN "targets" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "veto_items" ALTER COLUMN "date" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "burden_reports" ADD CONSTRAINT "burden_reports_status_ck" CHECK ("burden_reports"."status" IN ('received', 'verifying', 'confirmed', 'dismissed', 'resolved'));