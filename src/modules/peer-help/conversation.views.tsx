import { formatDate } from '../../platform/i18n/i18n.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { LinkifiedText } from './linkify.js';
import type { MessageRow, RequestRow } from './peer-help.repo.js';

/** The script that follows the conversation live (Server-Sent Events); the page works the same without it. */
export const CONVERSATION_SCRIPT = 'js/peer-help-conversation.js';

type Ctx = Pick<PageContext, 't' | 'lang'>;
type Request = Pick<RequestRow, 'requesterId' | 'organisationName'>;

/** Who wrote a message as the conversation names them: the requester by their organisation, a helper by name. */
export function messageAuthor(ctx: Ctx, r: Request, m: Pick<MessageRow, 'authorId' | 'authorName'>): string {
  return m.authorId === r.requesterId ? r.organisationName : (m.authorName ?? ctx.t('peerHelp.conversation.unknown'));
}

/** "Name, date hh:mm UTC" above a message: the same words on the page and in the live conversation. */
export function messageMeta(ctx: Ctx, r: Request, m: Pick<MessageRow, 'authorId' | 'authorName' | 'createdAt'>): string {
  const iso = m.createdAt.toISOString();
  return ctx.t('peerHelp.conversation.by', { name: messageAuthor(ctx, r, m), time: `${formatDate(iso, ctx.lang)} ${iso.slice(11, 16)} UTC` });
}

/** One message of the list; peer-help-conversation.js builds the same element from a live event. */
export function ConversationMessage({ ctx, request, message }: { ctx: Ctx; request: Request; message: MessageRow }) {
  return (
    <li data-id={message.id}>
      <p class="message-meta">{messageMeta(ctx, request, message)}</p>
      <p class="message-text">
        <LinkifiedText text={message.body} />
      </p>
    </li>
  );
}
