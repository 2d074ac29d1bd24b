import type { Kysely } from 'kysely';
import { runScript } from '../script.js';

/**
 * Peer help's time-driven parts (src/modules/peer-help, issue 15):
 * - `peer_help_profile.digest_checked_at`: when the helper's daily digest last looked for new requests (requests
 *   published after it are new for the next digest; a digest runs at most once per Finnish day).
 * - `peer_help_request.wished_until`: the last wished day, when the wished time has exact dates (optional; free text
 *   alone is never parsed); `reminder_sent_at` (the one reminder about unanswered applications), `expiry_warned_at`
 *   (the warning that the request will be closed) and `closed_at` with the new status `closed` (past the wished
 *   time, nothing happened after the warning).
 * - `peer_help_read`: per request and participant, the newest message they have seen (`read_up_to`) and the newest
 *   message the last unread notice counted (`notified_up_to`). Both are message times, never the clock.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    alter table peer_help_profile add column digest_checked_at timestamptz;

    alter table peer_help_request add column wished_until date;
    alter table peer_help_request add column reminder_sent_at timestamptz;
    alter table peer_help_request add column expiry_warned_at timestamptz;
    alter table peer_help_request add column closed_at timestamptz;
    alter table peer_help_request drop constraint peer_help_request_status_check;
    alter table peer_help_request add constraint peer_help_request_status_check
      check (status in ('draft', 'open', 'filled', 'done', 'approved', 'cancelled', 'closed'));

    create table peer_help_read (
      request_id uuid not null references peer_help_request (id) on delete cascade,
      user_id uuid not null references app_user (id) on delete cascade,
      read_up_to timestamptz,
      notified_up_to timestamptz,
      primary key (request_id, user_id)
    );
    `,
  );
}
