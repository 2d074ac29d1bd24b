import { isPlatformAdmin, maintainsOrganization } from '../../platform/auth/access.policy.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { ApplicationRow, FeedbackRow, RequestRow } from './peer-help.repo.js';

/**
 * Who may do what with a help request. Used by the routes (to show or hide actions, and as a first guard) and again
 * by every use case (the real guard). A request the person may not see answers 404, so nobody learns it exists.
 *
 * - The requester side: the person who wrote the request, and the maintainers of the organisation it was written
 *   for (an association's shared account sees everything agreed in its name, as in the pilot).
 * - A request aimed at a group is seen only by the group's members and the requester side (list and direct URL).
 * - The conversation is for the requester side and the selected helpers only; an applicant not selected reads none.
 * - A selection is final: nothing undoes it but cancelling the request.
 * - Feedback once per giver, receiver and request, only between the requester side and the selected helpers, after
 *   the requester approved the work.
 */

type Request = Pick<RequestRow, 'requesterId' | 'organizationId' | 'groupId' | 'status'>;
type Application = Pick<ApplicationRow, 'helperId' | 'status'>;

export function isRequesterSide(user: SessionUser | null, request: Pick<RequestRow, 'requesterId' | 'organizationId'>): boolean {
  if (!user) return false;
  return user.id === request.requesterId || (request.organizationId !== null && maintainsOrganization(user, request.organizationId));
}

/** A draft: its writer only. A group's request: the group and the requester side. Otherwise anyone signed in. */
export function canSeeRequest(user: SessionUser | null, request: Request, groupIds: string[]): boolean {
  if (!user) return false;
  if (request.status === 'draft') return user.id === request.requesterId;
  if (isRequesterSide(user, request)) return true;
  if (request.groupId !== null) return groupIds.includes(request.groupId);
  return true;
}

export function canEditDraft(user: SessionUser | null, request: Request): boolean {
  return !!user && request.status === 'draft' && user.id === request.requesterId;
}

export function applicationOf(user: SessionUser | null, applications: Application[]): Application | undefined {
  return user ? applications.find((a) => a.helperId === user.id) : undefined;
}

export function isSelectedHelper(user: SessionUser | null, applications: Application[]): boolean {
  return applicationOf(user, applications)?.status === 'selected';
}

/** A helper applies once to an open request they can see and did not write. */
export function canApply(user: SessionUser | null, request: Request, applications: Application[], groupIds: string[]): boolean {
  return request.status === 'open' && canSeeRequest(user, request, groupIds) && !isRequesterSide(user, request) && !applicationOf(user, applications);
}

/** Choosing helpers and declaring the request filled: the requester side, while the request is open. */
export function canSelect(user: SessionUser | null, request: Request): boolean {
  return request.status === 'open' && isRequesterSide(user, request);
}

export function canCancel(user: SessionUser | null, request: Request): boolean {
  return (request.status === 'open' || request.status === 'filled') && isRequesterSide(user, request);
}

/** "Keep open": a new last wished day, by the requester side while the request is open. */
export function canExtend(user: SessionUser | null, request: Request): boolean {
  return request.status === 'open' && isRequesterSide(user, request);
}

export function canReadConversation(user: SessionUser | null, request: Request, applications: Application[]): boolean {
  if (request.status === 'draft') return false;
  return isRequesterSide(user, request) || isSelectedHelper(user, applications);
}

export function canWriteMessage(user: SessionUser | null, request: Request, applications: Application[]): boolean {
  return request.status !== 'cancelled' && canReadConversation(user, request, applications);
}

/** A selected helper marks the task done, once it is agreed (open with a selection, or filled). */
export function canMarkDone(user: SessionUser | null, request: Request, applications: Application[]): boolean {
  return (request.status === 'open' || request.status === 'filled') && isSelectedHelper(user, applications);
}

export function canApprove(user: SessionUser | null, request: Request): boolean {
  return request.status === 'done' && isRequesterSide(user, request);
}

/**
 * Whom the person may still give feedback to on this request: after approval, the requester side to each selected
 * helper, a selected helper to the requester; never twice, never to oneself.
 */
export function feedbackTargets(user: SessionUser | null, request: Request, applications: Application[], given: Pick<FeedbackRow, 'fromUserId' | 'toUserId'>[]): string[] {
  if (!user || request.status !== 'approved') return [];
  const already = new Set(given.filter((f) => f.fromUserId === user.id).map((f) => f.toUserId));
  let targets: string[] = [];
  if (isRequesterSide(user, request)) targets = applications.filter((a) => a.status === 'selected').map((a) => a.helperId);
  else if (isSelectedHelper(user, applications)) targets = [request.requesterId];
  return targets.filter((id) => id !== user.id && !already.has(id));
}

export function canGiveFeedback(user: SessionUser | null, request: Request, applications: Application[], given: Pick<FeedbackRow, 'fromUserId' | 'toUserId'>[], to: string): boolean {
  return feedbackTargets(user, request, applications, given).includes(to);
}

/** A group: its owner manages it (adds members); the owner and the members see it. */
export function canManageGroup(user: SessionUser | null, group: { ownerId: string }): boolean {
  return !!user && user.id === group.ownerId;
}

export function canSeeGroup(user: SessionUser | null, group: { id: string; ownerId: string }, groupIds: string[]): boolean {
  return canManageGroup(user, group) || groupIds.includes(group.id);
}

/** A reported feedback comment is hidden by a platform administrator only (anyone signed in may report one). */
export function canHideFeedback(user: SessionUser | null): boolean {
  return isPlatformAdmin(user);
}

/** Taking a member off a group: its owner only. */
export function canRemoveGroupMember(user: SessionUser | null, group: { ownerId: string }): boolean {
  return canManageGroup(user, group);
}

/** Leaving a group: a member who is not its owner (the owner keeps the group). */
export function canLeaveGroup(user: SessionUser | null, group: { id: string; ownerId: string }, groupIds: string[]): boolean {
  return !!user && user.id !== group.ownerId && groupIds.includes(group.id);
}
