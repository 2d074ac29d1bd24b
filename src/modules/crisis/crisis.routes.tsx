import type { FastifyPluginAsync } from 'fastify';
import { currentUser, requireRole, verifyCsrf } from '../../platform/auth/auth.plugin.js';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { emptyForm, parseForm, type FormRenderer } from '../../platform/http/form.js';
import { crisisHelpForm, savedQuery } from './crisis.schema.js';
import { CrisisHelpPage } from './crisis.views.js';
import { getCrisisHelpSettings } from './get-crisis-help-settings.js';
import { saveCrisisHelp } from './save-crisis-help.js';

const platformAdministrators = requireRole('platform_admin');

/** /admin/crisis-help: platform administrators edit the crisis phrases and helplines and see the daily counts. */
export const crisisPages: FastifyPluginAsync = async (app) => {
  const { db } = app.deps;

  const view: FormRenderer = async (request, reply, form) => {
    const settings = await getCrisisHelpSettings({ db, actor: currentUser(request) });
    const { saved } = savedQuery.parse(request.query ?? {});
    return <CrisisHelpPage ctx={pageContext(request)} csrf={reply.generateCsrf()} settings={settings} form={form} saved={saved === '1'} />;
  };

  app.get('/admin/crisis-help', { preHandler: platformAdministrators }, async (request, reply) => sendPage(reply, await view(request, reply, emptyForm())));

  app.post('/admin/crisis-help', { preHandler: [verifyCsrf, platformAdministrators], config: { form: view } }, async (request, reply) => {
    const input = parseForm(crisisHelpForm, request.body);
    await saveCrisisHelp({ db, actor: currentUser(request), input });
    return reply.redirect(pageContext(request).href('/admin/crisis-help?saved=1'), 303);
  });
};
