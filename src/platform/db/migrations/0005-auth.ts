import type { Kysely } from 'kysely';
import { runScript } from '../script.js';

/**
 * Accounts and sign-in (src/platform/auth): users, their roles, one-time sign-in links and server-side sessions.
 * Tokens are never stored: login_token.token_hash and session.id are SHA-256 hashes of the secrets sent out.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table app_user (
      id uuid primary key,
      email text not null unique check (email = lower(email)),
      lang text not null default 'fi' check (lang in ('fi', 'sv', 'en')),
      created_at timestamptz not null default now()
    );

    create table user_role (
      user_id uuid not null references app_user(id) on delete cascade,
      role text not null check (role in ('platform_admin', 'regional_admin', 'maintainer')),
      scope_id text not null default '',
      created_at timestamptz not null default now(),
      primary key (user_id, role, scope_id)
    );

    create table login_token (
      id uuid primary key,
      user_id uuid references app_user(id) on delete cascade,
      email text not null,
      token_hash text not null unique,
      expires_at timestamptz not null,
      used_at timestamptz,
      created_at timestamptz not null default now()
    );
    create index login_token_expires_idx on login_token (expires_at);

    create table session (
      id text primary key,
      user_id uuid not null references app_user(id) on delete cascade,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null
    );
    create index session_user_idx on session (user_id);
    create index session_expires_idx on session (expires_at);
  `,
  );
}
