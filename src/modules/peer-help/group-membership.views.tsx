import { CsrfField } from '../../platform/views/form.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';

/**
 * Asked once more before a member is taken off a group (by its owner) or leaves it: the same form again with
 * `confirm=yes`, or back to the group. Works without JavaScript.
 */
export function ConfirmMembershipPage({ ctx, csrf, group, action, email }: { ctx: PageContext; csrf: string; group: { id: string; name: string }; action: 'remove' | 'leave'; email?: string }) {
  const { t } = ctx;
  const groupPath = `/peer-help/groups/${group.id}`;
  const title = action === 'remove' ? t('peerHelp.groups.removeTitle') : t('peerHelp.groups.leaveTitle');
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[[t('peerHelp.nav'), '/peer-help'], [t('peerHelp.groups.title'), '/peer-help/groups'], [group.name, groupPath], [title, ctx.path]]}>
      <h1>{title}</h1>
      <p>{action === 'remove' ? t('peerHelp.groups.removeBody', { email: email ?? '', group: group.name }) : t('peerHelp.groups.leaveBody', { group: group.name })}</p>
      <form method="post" action={ctx.href(action === 'remove' ? `${groupPath}/members/remove` : `${groupPath}/leave`)}>
        <CsrfField token={csrf} />
        {email ? <input type="hidden" name="email" value={email} /> : null}
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit" class="button">
          {action === 'remove' ? t('peerHelp.groups.removeConfirm') : t('peerHelp.groups.leaveConfirm')}
        </button>{' '}
        <a href={ctx.href(groupPath)}>{t('peerHelp.groups.back')}</a>
      </form>
    </Layout>
  );
}
