import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { applicationOf, canApply, canApprove, canCancel, canExtend, canMarkDone, canReadConversation, canSelect, canWriteMessage, feedbackTargets, isRequesterSide } from './peer-help.policy.js';
import { countTasksDone, findProfilesByUsers, listFeedbackOnRequest, listFeedbackReceived, listMessages, type ApplicationRow, type FeedbackRow, type MessageRow, type ProfileRow, type RequestRow } from './peer-help.repo.js';
import { loadRequestContext } from './request-context.js';

export interface Applicant extends ApplicationRow {
  profile: ProfileRow | null;
  tasksDone: number;
  feedback: FeedbackRow[];
}

export interface RequestPage {
  request: RequestRow;
  requesterSide: boolean;
  /** The viewer's own application, if any. */
  myApplication: ApplicationRow | null;
  /** Applicants with their profiles and past feedback: for the requester side only. */
  applicants: Applicant[];
  selectedCount: number;
  /** The conversation: null for anyone who may not read it. */
  messages: MessageRow[] | null;
  feedback: FeedbackRow[];
  feedbackTo: { userId: string; name: string }[];
  hasProfile: boolean;
  can: { apply: boolean; select: boolean; cancel: boolean; write: boolean; done: boolean; approve: boolean; extend: boolean };
}

/** One request as the viewer may see it (404 otherwise), with what they may do on it. */
export async function getRequestPage({ db, user, id }: { db: Database; user: SessionUser; id: string }): Promise<RequestPage> {
  const { request, applications, groupIds } = await loadRequestContext(db, user, id);
  const requesterSide = isRequesterSide(user, request);
  const profiles = await findProfilesByUsers(db, [...applications.map((a) => a.helperId), request.requesterId, user.id]);
  const profileOf = (userId: string) => profiles.find((p) => p.userId === userId) ?? null;
  const applicants: Applicant[] = requesterSide
    ? await Promise.all(
        applications.map(async (a) => ({ ...a, profile: profileOf(a.helperId), tasksDone: await countTasksDone(db, a.helperId), feedback: await listFeedbackReceived(db, a.helperId) })),
      )
    : [];
  const feedback = await listFeedbackOnRequest(db, id);
  const targets = feedbackTargets(user, request, applications, feedback);
  const nameOf = (userId: string) => (userId === request.requesterId ? request.organisationName : (profileOf(userId)?.displayName ?? ''));
  return {
    request,
    requesterSide,
    myApplication: (applicationOf(user, applications) as ApplicationRow | undefined) ?? null,
    applicants,
    selectedCount: applications.filter((a) => a.status === 'selected').length,
    messages: canReadConversation(user, request, applications) ? await listMessages(db, id) : null,
    feedback: canReadConversation(user, request, applications) ? feedback.filter((f) => !f.hidden) : [],
    feedbackTo: targets.map((userId) => ({ userId, name: nameOf(userId) })),
    hasProfile: !!profileOf(user.id),
    can: {
      apply: canApply(user, request, applications, groupIds),
      select: canSelect(user, request),
      cancel: canCancel(user, request),
      write: canWriteMessage(user, request, applications),
      done: canMarkDone(user, request, applications),
      approve: canApprove(user, request),
      extend: canExtend(user, request),
    },
  };
}
