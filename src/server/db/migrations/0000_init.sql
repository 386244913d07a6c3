CREATE TABLE "accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"login" text NOT NULL,
	"password_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"change_seq" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "accounts_login_unique" UNIQUE("login")
);
--> statement-breakpoint
CREATE TABLE "docs" (
	"account_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"bank_id" text NOT NULL,
	"key" text NOT NULL,
	"rev" bigint NOT NULL,
	"base_rev" bigint,
	"body" jsonb,
	"device_id" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "docs_account_id_kind_bank_id_key_pk" PRIMARY KEY("account_id","kind","bank_id","key")
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"account_id" uuid NOT NULL,
	"id" text NOT NULL,
	"bank_id" text NOT NULL,
	"fact" text NOT NULL,
	"question_id" text NOT NULL,
	"rating" smallint NOT NULL,
	"reviewed_at" bigint NOT NULL,
	"duration_ms" integer NOT NULL,
	"device_id" text NOT NULL,
	"undone" boolean DEFAULT false NOT NULL,
	"seq" bigint NOT NULL,
	CONSTRAINT "reviews_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "docs" ADD CONSTRAINT "docs_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "docs_account_rev" ON "docs" USING btree ("account_id","rev");--> statement-breakpoint
CREATE INDEX "reviews_account_seq" ON "reviews" USING btree ("account_id","seq");--> statement-breakpoint
CREATE INDEX "sessions_account" ON "sessions" USING btree ("account_id");