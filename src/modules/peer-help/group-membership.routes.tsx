import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { currentUser, requireUser, verifyCsrf } from '../../platform/auth/auth.plugin.js';
import { notFound } from '../../platform/errors.js';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { parseForm } from '../../platform/http/form.js';
import { ConfirmMembershipPage } from './group-membership.views.js';
import { leaveGroup } from './leave-group.js';
import { getGroupPage } from './manage-groups.js';
import { canLeaveGroup, canRemoveGroupMember } from './peer-help.policy.js';
import { idParams, leaveGroupForm, removeMemberForm } from './peer-help.schema.js';
import { removeGroupMember } from './remove-group-member.js';

function groupIdOf(request: FastifyRequest): string {
  const parsed = idParams.safeParse(request.params);
  if (!parsed.success) throw notFound('group');
  return parsed.data.id;
}

/**
 * A group's members: its owner takes one off (`POST /peer-help/groups/{id}/members/remove`), a member leaves
 * (`POST /peer-help/groups/{id}/leave`). Each POST without `confirm=yes` answers the confirmation page (nothing
 * changes); with it the use case checks the policy again, changes and answers 303. 404 for anyone else.
 */
export const peerHelpGroupMembershipPages: FastifyPluginAsync = async (app) => {
  const { db } = app.deps;

  app.post('/peer-help/groups/:id/members/remove', { preHandler: [verifyCsrf, requireUser] }, async (request, reply) => {
    const id = groupIdOf(request);
    const user = currentUser(request);
    const page = await getGroupPage({ db, user, id });
    if (!canRemoveGroupMember(user, page.group)) throw notFound('group');
    const { email, confirm } = parseForm(removeMemberForm, request.body);
    const ctx = pageContext(request);
    if (confirm !== 'yes') return sendPage(reply, <ConfirmMembershipPage ctx={ctx} csrf={reply.generateCsrf()} group={page.group} action="remove" email={email} />);
    await removeGroupMember({ db, user, id, email });
    return reply.redirect(ctx.href(`/peer-help/groups/${id}?done=removed`), 303);
  });

  app.post('/peer-help/groups/:id/leave', { preHandler: [verifyCsrf, requireUser] }, async (request, reply) => {
    const id = groupIdOf(request);
    const user = currentUser(request);
    const page = await getGroupPage({ db, user, id });
    if (!canLeaveGroup(user, page.group, [page.group.id])) throw notFound('group');
    const { confirm } = parseForm(leaveGroupForm, request.body);
    const ctx = pageContext(request);
    if (confirm !== 'yes') return sendPage(reply, <ConfirmMembershipPage ctx={ctx} csrf={reply.generateCsrf()} group={page.group} action="leave" />);
    await leaveGroup({ db, user, id });
    return reply.redirect(ctx.href('/peer-help/groups?done=left'), 303);
  });
};
