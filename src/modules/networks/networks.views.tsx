import { formValue, formValueList, type FormState, type FormValues } from '../../platform/http/form.js';
import { formatDate, formatNumber } from '../../platform/i18n/i18n.js';
import { CsrfField, fieldError, FormErrorSummary, formTitle, SelectField, TextArea, TextInput } from '../../platform/views/form.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { NetworkFormData } from './get-network-form.js';
import type { NetworkPage } from './get-network-page.js';
import type { RegionNetworksPage } from './list-region-networks.js';
import type { LocalText, OrganizationLink } from './network-texts.js';

const regionStylesheet = (slug: string) => `/regions/${slug}/theme.css`;

function Notice({ text }: { text?: string }) {
  return text ? (
    <div class="notice notice-saved" role="status">
      <p>{text}</p>
    </div>
  ) : null;
}

/** Paragraphs of a text (blank lines between them), in the text's language. */
function Paragraphs({ ctx, text }: { ctx: PageContext; text: LocalText }) {
  const lang = text.lang !== ctx.lang ? text.lang : undefined;
  return (
    <>
      {text.text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => (
          <p lang={lang}>{p}</p>
        ))}
    </>
  );
}

function OrgLink({ ctx, org }: { ctx: PageContext; org: OrganizationLink }) {
  return (
    <a href={ctx.href(`/organisations/${org.id}`)} lang={org.name.lang !== ctx.lang ? org.name.lang : undefined}>
      {org.name.text}
    </a>
  );
}

/** The region's networks: name, a line of description, coordinator and size; administrators get "Luo uusi verkosto". */
export function RegionNetworksView({ ctx, page, canCreate, notice }: { ctx: PageContext; page: RegionNetworksPage; canCreate: boolean; notice?: string }) {
  const { t } = ctx;
  const title = t('networks.region.title');
  return (
    <Layout ctx={ctx} title={`${title} – ${page.regionName}`} stylesheet={regionStylesheet(page.slug)} breadcrumbs={[[page.regionName, `/regions/${page.slug}`], [title, ctx.path]]}>
      <div class="region-portal">
        <h1>{title}</h1>
        <Notice text={notice} />
        <p>{t('networks.region.intro', { region: page.regionName })}</p>
        {canCreate ? (
          <p>
            <a class="button" href={ctx.href(`/regions/${page.slug}/networks/new`)}>
              {t('networks.region.new')}
            </a>
          </p>
        ) : null}
        {page.networks.length === 0 ? (
          <p>{t('networks.region.none')}</p>
        ) : (
          <ul class="network-list">
            {page.networks.map((n) => (
              <li>
                <h2>
                  <a href={ctx.href(`/regions/${page.slug}/networks/${n.id}`)} lang={n.name.lang !== ctx.lang ? n.name.lang : undefined}>
                    {n.name.text}
                  </a>
                </h2>
                <p lang={n.description.lang !== ctx.lang ? n.description.lang : undefined}>{n.description.text.split(/\n\s*\n/)[0]}</p>
                <p class="hint">
                  {t('networks.region.coordinator')}
                  <OrgLink ctx={ctx} org={n.coordinator} /> · {t('networks.region.members', { n: formatNumber(n.members, ctx.lang) })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Layout>
  );
}

/** A network's page: texts, coordinator, members; the join form for maintainers; open requests for those who decide. */
export function NetworkPageView({ ctx, page, csrf, form, notice, signedIn }: { ctx: PageContext; page: NetworkPage; csrf: string; form: FormState; notice?: string; signedIn: boolean }) {
  const { t } = ctx;
  const listTitle = t('networks.region.title');
  const base = `/regions/${page.slug}/networks/${page.id}`;
  // After a refused request the form stays, with the organisation chosen, so that the error has its field.
  const choices = Object.keys(form.errors).length > 0 ? [...page.joinChoices, ...page.asking] : page.joinChoices;
  return (
    <Layout
      ctx={ctx}
      title={formTitle(ctx, `${page.name.text} – ${page.regionName}`, form.errors)}
      stylesheet={regionStylesheet(page.slug)}
      breadcrumbs={[
        [page.regionName, `/regions/${page.slug}`],
        [listTitle, `/regions/${page.slug}/networks`],
        [page.name.text, ctx.path],
      ]}
    >
      <div class="region-portal">
        <h1 lang={page.name.lang !== ctx.lang ? page.name.lang : undefined}>{page.name.text}</h1>
        <Notice text={notice} />
        <FormErrorSummary ctx={ctx} errors={form.errors} />
        <Paragraphs ctx={ctx} text={page.description} />
        {page.canEdit ? (
          <p>
            <a class="button button-secondary" href={ctx.href(`${base}/edit`)}>
              {t('networks.page.edit')}
            </a>
          </p>
        ) : null}
        <section aria-labelledby="network-coordinator">
          <h2 id="network-coordinator">{t('networks.page.coordinator')}</h2>
          {page.coordinator ? (
            <p>
              <OrgLink ctx={ctx} org={page.coordinator} />
            </p>
          ) : null}
          <p class="hint">{t('networks.page.coordinatorHint')}</p>
        </section>
        <section aria-labelledby="network-members">
          <h2 id="network-members">
            {t('networks.page.members')} <span class="facet-count">({formatNumber(page.members.length, ctx.lang)})</span>
          </h2>
          {page.members.length === 0 ? (
            <p>{t('networks.page.noMembers')}</p>
          ) : (
            <ul>
              {page.members.map((m) => (
                <li>
                  <OrgLink ctx={ctx} org={m} />
                </li>
              ))}
            </ul>
          )}
        </section>
        {page.meetings.text ? (
          <section aria-labelledby="network-meetings">
            <h2 id="network-meetings">{t('networks.page.meetings')}</h2>
            <Paragraphs ctx={ctx} text={page.meetings} />
          </section>
        ) : null}
        <section aria-labelledby="network-join">
          <h2 id="network-join">{t('networks.page.howToJoin')}</h2>
          <Paragraphs ctx={ctx} text={page.howToJoin} />
          {page.asking.length > 0 ? <p class="notice">{t('networks.join.asking', { names: page.asking.map((o) => o.name.text).join(', ') })}</p> : null}
          {choices.length > 0 ? (
            <form method="post" action={ctx.href(`${base}/join`)} novalidate class="network-join-form">
              <h3>{t('networks.join.title')}</h3>
              <p>{t('networks.join.intro')}</p>
              <CsrfField token={csrf} />
              <SelectField
                ctx={ctx}
                name="organization"
                label={t('networks.join.organization')}
                value={formValue(form.values, 'organization') || (choices.length === 1 ? choices[0]!.id : '')}
                options={choices.map((o) => ({ value: o.id, label: o.name.text }))}
                placeholder={choices.length > 1 ? t('networks.join.choose') : undefined}
                error={fieldError(ctx, form.errors, 'organization')}
                required
              />
              <TextArea ctx={ctx} name="message" label={t('networks.join.message')} hint={t('networks.join.messageHint')} value={formValue(form.values, 'message')} error={fieldError(ctx, form.errors, 'message')} rows={3} />
              <button type="submit" class="button">
                {t('networks.join.submit')}
              </button>
            </form>
          ) : signedIn ? (
            page.asking.length === 0 && page.requests === null ? <p class="hint">{t('networks.join.notMaintainer')}</p> : null
          ) : (
            <p>
              {t('networks.join.signIn')} <a href={ctx.href('/sign-in')}>{t('networks.join.signInLink')}</a>
            </p>
          )}
        </section>
        {page.requests !== null ? (
          <section aria-labelledby="network-requests">
            <h2 id="network-requests">{t('networks.requests.title')}</h2>
            {page.requests.length === 0 ? (
              <p>{t('networks.requests.none')}</p>
            ) : (
              <ul class="network-requests">
                {page.requests.map((r) => (
                  <li>
                    <p>
                      <strong>
                        <OrgLink ctx={ctx} org={r.organization} />
                      </strong>{' '}
                      <span class="hint">{t('networks.requests.received', { date: formatDate(r.createdAt.toISOString(), ctx.lang) })}</span>
                    </p>
                    {r.message ? (
                      <p>
                        {t('networks.requests.message')}
                        {r.message}
                      </p>
                    ) : null}
                    <form method="post" action={ctx.href(`${base}/requests`)} class="inline-form">
                      <CsrfField token={csrf} />
                      <input type="hidden" name="request" value={r.id} />
                      <button type="submit" name="decision" value="accept" class="button" aria-label={t('networks.requests.acceptLabel', { name: r.organization.name.text })}>
                        {t('networks.requests.accept')}
                      </button>{' '}
                      <button type="submit" name="decision" value="decline" class="button button-secondary" aria-label={t('networks.requests.declineLabel', { name: r.organization.name.text })}>
                        {t('networks.requests.decline')}
                      </button>
                    </form>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ) : null}
        <p>
          <a href={ctx.href(`/regions/${page.slug}/networks`)}>{t('networks.page.all')}</a>
        </p>
      </div>
    </Layout>
  );
}

function networkValues(data: NetworkFormData): FormValues {
  const n = data.network;
  if (!n) return {};
  return {
    nameFi: n.nameFi,
    nameSv: n.nameSv,
    nameEn: n.nameEn,
    descriptionFi: n.descriptionFi,
    descriptionSv: n.descriptionSv,
    descriptionEn: n.descriptionEn,
    howToJoinFi: n.howToJoinFi,
    howToJoinSv: n.howToJoinSv,
    howToJoinEn: n.howToJoinEn,
    meetingsFi: n.meetingsFi,
    meetingsSv: n.meetingsSv,
    meetingsEn: n.meetingsEn,
    coordinator: n.coordinatorId,
  };
}

type TextGroup = 'description' | 'howToJoin' | 'meetings';
const LANGS = [
  ['Fi', 'fi'],
  ['Sv', 'sv'],
  ['En', 'en'],
] as const;

/** /regions/{slug}/networks/new and …/{id}/edit: texts fi / sv / en, the coordinator, members to remove. */
export function NetworkFormPage({ ctx, csrf, data, form }: { ctx: PageContext; csrf: string; data: NetworkFormData; form: FormState }) {
  const { t } = ctx;
  const network = data.network;
  const values = Object.keys(form.values).length > 0 ? form.values : networkValues(data);
  const err = (field: string) => fieldError(ctx, form.errors, field);
  const title = network ? t('networks.form.editTitle', { name: network.nameFi }) : t('networks.form.newTitle');
  const listTitle = t('networks.region.title');
  const removed = new Set(formValueList(values, 'remove'));
  const removeError = err('remove');
  const group = (g: TextGroup) => (
    <fieldset>
      <legend>{t(`networks.form.${g}`)}</legend>
      {LANGS.map(([suffix, lang]) => (
        <TextArea ctx={ctx} name={`${g}${suffix}`} label={t(`networks.form.${g}${suffix}`)} value={formValue(values, `${g}${suffix}`)} error={err(`${g}${suffix}`)} rows={4} lang={lang} required={g === 'description' && suffix === 'Fi'} />
      ))}
    </fieldset>
  );
  return (
    <Layout
      ctx={ctx}
      title={formTitle(ctx, title, form.errors)}
      stylesheet={regionStylesheet(data.slug)}
      breadcrumbs={[
        [data.regionName, `/regions/${data.slug}`],
        [listTitle, `/regions/${data.slug}/networks`],
        [title, ctx.path],
      ]}
    >
      <div class="admin-page">
        <h1>{title}</h1>
        <FormErrorSummary ctx={ctx} errors={form.errors} anchors={{ remove: 'remove' }} />
        <form method="post" action={ctx.href(network ? `/regions/${data.slug}/networks/${network.id}/edit` : `/regions/${data.slug}/networks`)} novalidate>
          <CsrfField token={csrf} />
          <fieldset>
            <legend>{t('networks.form.names')}</legend>
            <p class="hint">{t('networks.form.namesHint')}</p>
            {LANGS.map(([suffix, lang]) => (
              <TextInput ctx={ctx} name={`name${suffix}`} label={t(`networks.form.name${suffix}`)} value={formValue(values, `name${suffix}`)} error={err(`name${suffix}`)} required={suffix === 'Fi'} lang={lang} />
            ))}
          </fieldset>
          {group('description')}
          <SelectField
            ctx={ctx}
            name="coordinator"
            label={t('networks.form.coordinator')}
            hint={t('networks.form.coordinatorHint')}
            value={formValue(values, 'coordinator')}
            options={data.coordinators.map((c) => ({ value: c.id, label: c.name }))}
            placeholder={t('networks.form.chooseCoordinator')}
            error={err('coordinator')}
            required
          />
          {group('howToJoin')}
          {group('meetings')}
          {data.members.length > 0 ? (
            <fieldset id="remove" class={removeError ? 'field choice-group field-invalid' : 'field choice-group'} aria-describedby={['remove-hint', removeError ? 'remove-error' : ''].filter(Boolean).join(' ')}>
              <legend>{t('networks.form.remove')}</legend>
              <p id="remove-hint" class="hint">
                {t('networks.form.removeHint')}
              </p>
              {removeError ? (
                <p id="remove-error" class="field-error">
                  {removeError}
                </p>
              ) : null}
              <ul class="choices">
                {data.members.map((m) => (
                  <li>
                    <input type="checkbox" id={`remove-${m.id}`} name="remove" value={m.id} checked={removed.has(m.id)} aria-invalid={removeError ? 'true' : undefined} />
                    <label for={`remove-${m.id}`}>{m.name}</label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ) : null}
          <button type="submit" class="button">
            {network ? t('networks.form.save') : t('networks.form.create')}
          </button>
        </form>
        <p>
          <a href={ctx.href(`/regions/${data.slug}/networks`)}>{t('networks.form.back')}</a>
        </p>
      </div>
    </Layout>
  );
}
