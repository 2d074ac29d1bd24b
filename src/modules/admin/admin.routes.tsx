import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { userWithRole, verifyCsrf } from '../../platform/auth/auth.plugin.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { AppError, badRequest } from '../../platform/errors.js';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { isUuid } from '../../platform/ids.js';
import { ErrorPage } from '../../platform/views/layout.js';
import { isAdministrator } from './admin.policy.js';
import { AdministratorsPage, emptyAppointForm, type AppointForm } from './admin.views.js';
import { grantAdminRole } from './grant-admin-role.js';
import { listAdministrators } from './list-administrators.js';
import { revokeAdminRole } from './revoke-admin-role.js';

const DONE = ['granted', 'already', 'revoked'] as const;
const doneQuery = z.object({ done: z.enum(DONE).optional().catch(undefined) }).loose();
const appointBody = z
  .object({ email: z.string().max(1000).optional(), role: z.string().max(40).optional(), region: z.string().max(100).optional() })
  .loose();
const revokeBody = z.object({ userId: z.string().max(100), role: z.enum(['platform_admin', 'regional_admin']), region: z.string().max(100).optional() }).loose();

function forbidden(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const ctx = pageContext(request);
  return sendPage(reply, <ErrorPage ctx={ctx} title={ctx.t('auth.forbidden.title')} body={ctx.t('auth.forbidden.body')} />, 403);
}

function requireAdministrator(request: FastifyRequest, reply: FastifyReply): SessionUser | null {
  const user = userWithRole(request, ['platform_admin', 'regional_admin']);
  if (!user) return null;
  if (!isAdministrator(user)) {
    forbidden(request, reply);
    return null;
  }
  return user;
}

/** /admin/users: platform and regional administrators appoint and remove administrators. */
export const adminPages: FastifyPluginAsync = async (app) => {
  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    user: SessionUser,
    options: { form?: AppointForm; notice?: string; alert?: string; status?: number } = {},
  ) => {
    const ctx = pageContext(request);
    const view = await listAdministrators({ db: app.deps.db, actor: user, lang: ctx.lang });
    return sendPage(
      reply,
      <AdministratorsPage ctx={ctx} csrf={reply.generateCsrf()} view={view} form={options.form ?? emptyAppointForm(view)} notice={options.notice} alert={options.alert} />,
      options.status ?? 200,
    );
  };

  app.get('/admin/users', async (request, reply) => {
    const user = requireAdministrator(request, reply);
    if (!user) return reply;
    const { done } = doneQuery.parse(request.query ?? {});
    return show(request, reply, user, { notice: done ? pageContext(request).t(`admin.done.${done}`) : undefined });
  });

  app.post('/admin/users', { preHandler: verifyCsrf }, async (request, reply) => {
    const user = requireAdministrator(request, reply);
    if (!user) return reply;
    const ctx = pageContext(request);
    const body = appointBody.parse(request.body ?? {});
    const form: AppointForm = { email: (body.email ?? '').trim(), role: body.role ?? '', region: body.region ?? '', errors: {} };
    if (form.role !== 'platform_admin' && form.role !== 'regional_admin') form.errors.role = 'admin.error.role';
    try {
      if (Object.keys(form.errors).length === 0) {
        const result = await grantAdminRole({
          db: app.deps.db,
          actor: user,
          email: form.email,
          role: form.role as 'platform_admin' | 'regional_admin',
          regionId: form.region || null,
          lang: ctx.lang,
        });
        return reply.redirect(ctx.href(`/admin/users?done=${result.already ? 'already' : 'granted'}`), 303);
      }
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      if (err.code === 'FORBIDDEN') return forbidden(request, reply);
      if (err.code !== 'BAD_REQUEST') throw err;
      Object.assign(form.errors, err.fieldErrors ?? {});
    }
    return show(request, reply, user, { form, status: 400 });
  });

  app.post('/admin/users/revoke', { preHandler: verifyCsrf }, async (request, reply) => {
    const user = requireAdministrator(request, reply);
    if (!user) return reply;
    const ctx = pageContext(request);
    const parsed = revokeBody.safeParse(request.body ?? {});
    if (!parsed.success || !isUuid(parsed.data.userId)) throw badRequest('bad role');
    const { userId, role, region } = parsed.data;
    try {
      await revokeAdminRole({ db: app.deps.db, actor: user, userId, role, regionId: region || null });
    } catch (err) {
      if (err instanceof AppError && err.code === 'FORBIDDEN') return forbidden(request, reply);
      if (err instanceof AppError && err.code === 'CONFLICT') return show(request, reply, user, { alert: ctx.t('admin.error.lastPlatformAdmin'), status: 409 });
      throw err;
    }
    return reply.redirect(ctx.href('/admin/users?done=revoked'), 303);
  });
};
