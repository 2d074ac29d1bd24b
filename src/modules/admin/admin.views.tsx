import { formValue, type FormState, type FormValues } from '../../platform/http/form.js';
import { ChoiceGroup, CsrfField, fieldError, FormErrorSummary, formTitle, groupAnchor, SelectField, TextInput } from '../../platform/views/form.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { AdministratorsView } from './list-administrators.js';

/** What the appointment form holds before anything is typed: the only role and region the viewer may choose. */
function defaultValues(view: AdministratorsView): FormValues {
  return { email: '', role: view.mayAppointPlatformAdmins ? '' : 'regional_admin', region: view.regions.length === 1 ? view.regions[0]!.id : '' };
}

/** The administrators the viewer may see, with "remove" buttons where allowed, and the appointment form. */
export function AdministratorsPage({
  ctx,
  csrf,
  view,
  form,
  notice,
}: {
  ctx: PageContext;
  csrf: string;
  view: AdministratorsView;
  /** The appointment form: empty, or as typed with its errors (platform/http/form.ts). */
  form: FormState;
  notice?: string;
}) {
  const { t, href } = ctx;
  const values = Object.keys(form.values).length > 0 ? form.values : defaultValues(view);
  const roles = (['platform_admin', 'regional_admin'] as const).map((r) => ({ value: r, label: t(`auth.role.${r}`) }));
  const anchors = { role: view.mayAppointPlatformAdmins ? groupAnchor('role', roles) : 'region' };
  return (
    <Layout ctx={ctx} title={formTitle(ctx, t('admin.users.title'), form.errors)}>
      <div class="admin-page">
        <h1>{t('admin.users.title')}</h1>
        {notice ? (
          <div class="notice notice-saved" role="status">
            <p>{notice}</p>
          </div>
        ) : null}
        <FormErrorSummary ctx={ctx} errors={form.errors} anchors={anchors} />
        <p>{t('admin.users.intro')}</p>

        <h2>{t('admin.users.current')}</h2>
        {view.administrators.length === 0 ? (
          <p>{t('admin.users.none')}</p>
        ) : (
          <table class="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('admin.users.email')}</th>
                <th scope="col">{t('admin.users.role')}</th>
                <th scope="col">{t('admin.users.region')}</th>
                <th scope="col">{t('admin.users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {view.administrators.map((a) => (
                <tr>
                  <td>{a.email}</td>
                  <td>{t(`auth.role.${a.role}`)}</td>
                  <td>{a.regionName ?? ''}</td>
                  <td>
                    {a.revocable ? (
                      <form method="post" action={href('/admin/users/revoke')} class="inline-form">
                        <CsrfField token={csrf} />
                        <input type="hidden" name="userId" value={a.userId} />
                        <input type="hidden" name="role" value={a.role} />
                        <input type="hidden" name="region" value={a.regionId ?? ''} />
                        <button type="submit" class="button-secondary">
                          {t('admin.users.revoke')}
                          <span class="visually-hidden"> {t('admin.users.revokeFor', { email: a.email })}</span>
                        </button>
                      </form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}

        <h2>{t('admin.users.appoint')}</h2>
        <p>{t('admin.users.appointHint')}</p>
        <form method="post" action={href('/admin/users')} novalidate>
          <CsrfField token={csrf} />
          <TextInput
            ctx={ctx}
            name="email"
            type="email"
            autocomplete="off"
            label={t('admin.users.email')}
            value={formValue(values, 'email')}
            error={fieldError(ctx, form.errors, 'email')}
          />
          {view.mayAppointPlatformAdmins ? (
            <ChoiceGroup
              ctx={ctx}
              name="role"
              type="radio"
              legend={t('admin.users.role')}
              options={roles}
              selected={[formValue(values, 'role')]}
              error={fieldError(ctx, form.errors, 'role')}
            />
          ) : (
            <input type="hidden" name="role" value="regional_admin" />
          )}
          <SelectField
            ctx={ctx}
            name="region"
            label={t('admin.users.region')}
            hint={view.mayAppointPlatformAdmins ? t('admin.users.regionHint') : undefined}
            placeholder={t('admin.users.regionChoose')}
            value={formValue(values, 'region')}
            options={view.regions.map((g) => ({ value: g.id, label: g.name }))}
            error={fieldError(ctx, form.errors, 'region')}
          />
          <button type="submit">{t('admin.users.submit')}</button>
        </form>
      </div>
    </Layout>
  );
}
