import type { FastifyPluginAsync } from 'fastify';
import { currentUser, requireRole, verifyCsrf } from '../../platform/auth/auth.plugin.js';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { emptyForm, parseForm, type FormRenderer } from '../../platform/http/form.js';
import { appointForm, doneQuery, revokeForm } from './admin.schema.js';
import { AdministratorsPage } from './admin.views.js';
import { grantAdminRole } from './grant-admin-role.js';
import { listAdministrators } from './list-administrators.js';
import { revokeAdminRole } from './revoke-admin-role.js';

const administrators = requireRole('platform_admin', 'regional_admin');

/** /admin/users: platform and regional administrators appoint and remove administrators. */
export const adminPages: FastifyPluginAsync = async (app) => {
  const { db } = app.deps;

  /** The administrators and the appointment form (empty, or shown again with its errors: platform/http/form.ts). */
  const administratorsView: FormRenderer = async (request, reply, form) => {
    const ctx = pageContext(request);
    const view = await listAdministrators({ db, actor: currentUser(request), lang: ctx.lang });
    const { done } = doneQuery.parse(request.query ?? {});
    return <AdministratorsPage ctx={ctx} csrf={reply.generateCsrf()} view={view} form={form} notice={done ? ctx.t(`admin.done.${done}`) : undefined} />;
  };

  app.get('/admin/users', { preHandler: administrators }, async (request, reply) => {
    return sendPage(reply, await administratorsView(request, reply, emptyForm()));
  });

  app.post('/admin/users', { preHandler: [verifyCsrf, administrators], config: { form: administratorsView } }, async (request, reply) => {
    const input = parseForm(appointForm, request.body);
    const ctx = pageContext(request);
    const result = await grantAdminRole({ db, actor: currentUser(request), email: input.email, role: input.role, regionId: input.region || null, lang: ctx.lang });
    return reply.redirect(ctx.href(`/admin/users?done=${result.already ? 'already' : 'granted'}`), 303);
  });

  app.post('/admin/users/revoke', { preHandler: [verifyCsrf, administrators] }, async (request, reply) => {
    const input = revokeForm.parse(request.body ?? {});
    await revokeAdminRole({ db, actor: currentUser(request), userId: input.userId, role: input.role, regionId: input.region || null });
    return reply.redirect(pageContext(request).href('/admin/users?done=revoked'), 303);
  });
};
