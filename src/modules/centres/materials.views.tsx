import { formValue, formValueList, type FormState } from '../../platform/http/form.js';
import { formatDate, pick } from '../../platform/i18n/i18n.js';
import { ChoiceGroup, CsrfField, fieldError, FormErrorSummary, formTitle, groupAnchor, SelectField, TextArea, TextInput } from '../../platform/views/form.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { CentreRow } from './centres.repo.js';
import { CHECKLIST, MATERIAL_KINDS, MATERIAL_LANGS } from './centres.schema.js';
import { centreName, Notice } from './centres.views.js';
import type { LiaisonDesk } from './get-liaison-desk.js';
import { DeskCooperationSection } from './meetings.views.js';
import { AgreementList } from './agreements.views.js';
import { DeskBulletins } from './bulletins.views.js';
import type { MaterialFormData } from './get-material-form.js';
import type { MyMaterial } from './list-my-materials.js';
import type { MaterialRow } from './materials.repo.js';

function requirementText(ctx: PageContext, c: CentreRow): string {
  const { t } = ctx;
  const parts = [t('centres.material.reqSize', { mb: c.maxFileMb }), t('centres.material.reqPages', { pages: c.maxPdfPages })];
  parts.push(c.infoScreens && c.screenWidth && c.screenHeight ? t('centres.material.reqScreen', { width: c.screenWidth, height: c.screenHeight }) : t('centres.material.reqNoScreen'));
  return parts.join(', ');
}

/** The material form (multipart: it carries a file; everything else is kept after an error, the file is chosen again). */
export function MaterialFormPage({ ctx, csrf, data, form }: { ctx: PageContext; csrf: string; data: MaterialFormData; form: FormState }) {
  const { t } = ctx;
  const v = form.values;
  const title = t('centres.material.newTitle');
  const kindOptions = MATERIAL_KINDS.map((k) => ({ value: k, label: t(`centres.materialKind.${k}`) }));
  const langOptions = MATERIAL_LANGS.map((l) => ({ value: l, label: t(`centres.materialLang.${l}`) }));
  const checklistOptions = CHECKLIST.map((c) => ({ value: c, label: t(`centres.checklist.${c}`) }));
  const centreOptions = data.centres.map((c) => ({ value: c.id, label: `${centreName(ctx, c)} (${pick(ctx.lang, c.municipalityFi, c.municipalitySv)}): ${requirementText(ctx, c)}` }));
  const hasErrors = Object.keys(form.errors).length > 0;
  return (
    <Layout ctx={ctx} title={formTitle(ctx, title, form.errors)} breadcrumbs={[[t('centres.material.myTitle'), '/my/materials'], [title, ctx.path]]}>
      <h1>{title}</h1>
      <p>{t('centres.material.intro')}</p>
      <FormErrorSummary
        ctx={ctx}
        errors={form.errors}
        anchors={{ kind: groupAnchor('kind', kindOptions), centres: groupAnchor('centres', centreOptions), checklist: groupAnchor('checklist', checklistOptions) }}
      />
      <form method="post" action={ctx.href('/my/materials')} enctype="multipart/form-data" novalidate>
        <CsrfField token={csrf} />
        <SelectField
          ctx={ctx}
          name="organization"
          label={t('centres.material.organization')}
          value={formValue(v, 'organization') || (data.organizations.length === 1 ? data.organizations[0]!.id : '')}
          placeholder={data.organizations.length > 1 ? t('centres.material.chooseOrganization') : undefined}
          options={data.organizations.map((o) => ({ value: o.id, label: o.nameFi }))}
          error={fieldError(ctx, form.errors, 'organization')}
          required
        />
        <ChoiceGroup ctx={ctx} type="radio" name="kind" legend={t('centres.material.kind')} options={kindOptions} selected={formValueList(v, 'kind')} error={fieldError(ctx, form.errors, 'kind')} required />
        <TextInput ctx={ctx} name="title" label={t('centres.material.title')} value={formValue(v, 'title')} error={fieldError(ctx, form.errors, 'title')} required />
        <SelectField ctx={ctx} name="lang" label={t('centres.material.lang')} value={formValue(v, 'lang') || 'fi'} options={langOptions} error={fieldError(ctx, form.errors, 'lang')} required />
        <SelectField
          ctx={ctx}
          name="activity"
          label={t('centres.material.activity')}
          hint={t('centres.material.activityHint')}
          value={formValue(v, 'activity')}
          placeholder={t('centres.material.noActivity')}
          options={data.activities.map((a) => ({ value: a.id, label: a.nameFi }))}
          error={fieldError(ctx, form.errors, 'activity')}
        />
        <ChoiceGroup ctx={ctx} name="centres" legend={t('centres.material.centres')} hint={t('centres.material.centresHint')} options={centreOptions} selected={formValueList(v, 'centres')} error={fieldError(ctx, form.errors, 'centres')} required />
        <div class="field-row">
          <div class={form.errors.validFrom ? 'field field-invalid' : 'field'}>
            <label for="validFrom">
              {t('centres.material.validFrom')} <span class="required">{t('form.required')}</span>
            </label>
            {form.errors.validFrom ? (
              <p id="validFrom-error" class="field-error">
                {fieldError(ctx, form.errors, 'validFrom')}
              </p>
            ) : null}
            <input type="date" id="validFrom" name="validFrom" value={formValue(v, 'validFrom')} aria-required="true" aria-invalid={form.errors.validFrom ? 'true' : undefined} aria-describedby={form.errors.validFrom ? 'validFrom-error' : undefined} />
          </div>
          <div class={form.errors.validUntil ? 'field field-invalid' : 'field'}>
            <label for="validUntil">
              {t('centres.material.validUntil')} <span class="required">{t('form.required')}</span>
            </label>
            <p id="validUntil-hint" class="hint">
              {t('centres.material.validUntilHint')}
            </p>
            {form.errors.validUntil ? (
              <p id="validUntil-error" class="field-error">
                {fieldError(ctx, form.errors, 'validUntil')}
              </p>
            ) : null}
            <input
              type="date"
              id="validUntil"
              name="validUntil"
              value={formValue(v, 'validUntil')}
              aria-required="true"
              aria-invalid={form.errors.validUntil ? 'true' : undefined}
              aria-describedby={form.errors.validUntil ? 'validUntil-hint validUntil-error' : 'validUntil-hint'}
            />
          </div>
        </div>
        <div class={form.errors.file ? 'field field-invalid' : 'field'}>
          <label for="file">
            {t('centres.material.file')} <span class="required">{t('form.required')}</span>
          </label>
          <p id="file-hint" class="hint">
            {hasErrors ? t('centres.material.fileAgain') : t('centres.material.fileHint')}
          </p>
          {form.errors.file ? (
            <p id="file-error" class="field-error">
              {fieldError(ctx, form.errors, 'file')}
            </p>
          ) : null}
          <input type="file" id="file" name="file" accept="application/pdf,image/png,image/jpeg" aria-required="true" aria-invalid={form.errors.file ? 'true' : undefined} aria-describedby={form.errors.file ? 'file-hint file-error' : 'file-hint'} />
        </div>
        <TextArea ctx={ctx} name="altText" label={t('centres.material.altText')} hint={t('centres.material.altTextHint')} value={formValue(v, 'altText')} error={fieldError(ctx, form.errors, 'altText')} rows={3} />
        <ChoiceGroup ctx={ctx} name="checklist" legend={t('centres.material.checklist')} hint={t('centres.material.checklistHint')} options={checklistOptions} selected={formValueList(v, 'checklist')} error={fieldError(ctx, form.errors, 'checklist')} required />
        <button type="submit" class="button">
          {t('centres.material.send')}
        </button>
      </form>
    </Layout>
  );
}

function validity(ctx: PageContext, m: Pick<MaterialRow, 'validFrom' | 'validUntil'>): string {
  return `${formatDate(m.validFrom, ctx.lang)}–${formatDate(m.validUntil, ctx.lang)}`;
}

/** The maintainer's material: each item with every centre's decision (and a returned item's message). */
export function MyMaterialsPage({ ctx, canSend, materials, notice }: { ctx: PageContext; canSend: boolean; materials: MyMaterial[]; notice?: string }) {
  const { t } = ctx;
  const title = t('centres.material.myTitle');
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[[title, ctx.path]]}>
      <h1>{title}</h1>
      <Notice text={notice} />
      <p>{t('centres.material.myIntro')}</p>
      {canSend ? (
        <p>
          <a class="button" href={ctx.href('/my/materials/new')}>
            {t('centres.material.newTitle')}
          </a>
        </p>
      ) : (
        <p>{t('centres.material.notMaintainer')}</p>
      )}
      {materials.length === 0 ? (
        <p>{t('centres.material.none')}</p>
      ) : (
        <ul class="material-list">
          {materials.map((m) => (
            <li>
              <h2>
                <a href={ctx.href(`/materials/${m.id}/file`)}>{m.title}</a>
              </h2>
              <p>
                {t(`centres.materialKind.${m.kind}`)} · {m.organizationFi} · {t('centres.material.validity', { dates: validity(ctx, m) })}
                {m.expired ? ` · ${t('centres.material.expired')}` : null}
              </p>
              <ul>
                {m.targets.map((target) => (
                  <li>
                    {pick(ctx.lang, target.centreFi, target.centreSv)}: <strong>{t(`centres.status.${target.status}`)}</strong>
                    {target.message ? ` – ${t('centres.material.message')} ${target.message}` : null}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

function MaterialSummary({ ctx, m }: { ctx: PageContext; m: MaterialRow }) {
  const { t } = ctx;
  const size = m.width && m.height ? `${m.width} × ${m.height} px` : m.pageCount ? t('centres.material.pages', { n: m.pageCount }) : '';
  return (
    <p>
      {t(`centres.materialKind.${m.kind}`)} · {m.organizationFi}
      {m.activityFi ? ` · ${m.activityFi}` : null} · {t(`centres.materialLang.${m.lang as 'fi'}`)} · {t('centres.material.validity', { dates: validity(ctx, m) })}
      {size ? ` · ${size}` : null} ·{' '}
      <a href={ctx.href(`/materials/${m.id}/file`)} aria-label={t('centres.desk.openLabel', { title: m.title })}>
        {t('centres.desk.open')}
      </a>
    </p>
  );
}

/** A liaison's desk for one centre: decide on waiting material, see approved material, renew the kiosk address. */
export function LiaisonDeskPage({ ctx, csrf, desk, form, kioskUrl, notice }: { ctx: PageContext; csrf: string; desk: LiaisonDesk; form: FormState; kioskUrl?: string; notice?: string }) {
  const { t } = ctx;
  const c = desk.centre;
  const title = t('centres.desk.titleOf', { name: centreName(ctx, c) });
  const failed = formValue(form.values, 'material');
  return (
    <Layout ctx={ctx} title={formTitle(ctx, title, form.errors)} breadcrumbs={[[t('centres.list.title'), '/centres'], [centreName(ctx, c), `/centres/${c.id}`], [t('centres.desk.title'), ctx.path]]}>
      <h1>{title}</h1>
      <Notice text={notice} />
      <FormErrorSummary ctx={ctx} errors={form.errors} anchors={{ message: `message-${failed}`, decision: `message-${failed}` }} />
      <section aria-labelledby="desk-pending">
        <h2 id="desk-pending">{t('centres.desk.pending')}</h2>
        {desk.pending.length === 0 ? (
          <p>{t('centres.desk.pendingNone')}</p>
        ) : (
          <ul class="material-list">
            {desk.pending.map((m) => {
              const errors = failed === m.id ? form.errors : {};
              return (
                <li>
                  <h3>{m.title}</h3>
                  <MaterialSummary ctx={ctx} m={m} />
                  {m.altText ? (
                    <p>
                      {t('centres.material.altText')}: {m.altText}
                    </p>
                  ) : null}
                  <form method="post" action={ctx.href(`/centres/${c.id}/materials/${m.id}/decision`)} novalidate>
                    <CsrfField token={csrf} />
                    <input type="hidden" name="material" value={m.id} />
                    <TextArea
                      ctx={ctx}
                      id={`message-${m.id}`}
                      name="message"
                      label={t('centres.desk.message', { title: m.title })}
                      hint={t('centres.desk.messageHint')}
                      value={failed === m.id ? formValue(form.values, 'message') : ''}
                      error={fieldError(ctx, errors, 'message')}
                      rows={2}
                    />
                    <button type="submit" class="button" name="decision" value="approve" aria-label={t('centres.desk.approveLabel', { title: m.title })}>
                      {t('centres.desk.approve')}
                    </button>{' '}
                    <button type="submit" class="button button-secondary" name="decision" value="return" aria-label={t('centres.desk.returnLabel', { title: m.title })}>
                      {t('centres.desk.return')}
                    </button>
                  </form>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="desk-approved">
        <h2 id="desk-approved">{t('centres.desk.approved')}</h2>
        {desk.approved.length === 0 ? (
          <p>{t('centres.desk.approvedNone')}</p>
        ) : (
          <ul>
            {desk.approved.map((m) => (
              <li>
                <strong>{m.title}</strong>
                <MaterialSummary ctx={ctx} m={m} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="desk-agreements">
        <h2 id="desk-agreements">{t('centres.agreement.deskTitle')}</h2>
        <AgreementList ctx={ctx} agreements={desk.agreements} headingLevel={3} />
      </section>
      <DeskBulletins ctx={ctx} centreId={c.id} bulletins={desk.bulletins} />
      <DeskCooperationSection ctx={ctx} centreId={c.id} awaiting={desk.awaitingFollowUp} />
      <section aria-labelledby="desk-kiosk">
        <h2 id="desk-kiosk">{t('centres.kiosk.title')}</h2>
        <p>{c.hasKioskToken ? t('centres.kiosk.hasToken') : t('centres.kiosk.noToken')}</p>
        <p>
          <a href={ctx.href(`/centres/${c.id}/screens`)}>{t('centreBulletins.screens.manage')}</a>
        </p>
        {kioskUrl ? (
          <div class="notice notice-saved" role="status">
            <p>{t('centres.kiosk.newUrl')}</p>
            <p>
              <a href={kioskUrl} class="kiosk-url">
                {kioskUrl}
              </a>
            </p>
          </div>
        ) : null}
        <form method="post" action={ctx.href(`/centres/${c.id}/kiosk`)}>
          <CsrfField token={csrf} />
          <button type="submit" class="button button-secondary">
            {c.hasKioskToken ? t('centres.kiosk.renew') : t('centres.kiosk.create')}
          </button>
        </form>
        <p>
          <a href={ctx.href(`/centres/${c.id}/print`)}>{t('centres.print.link')}</a>
        </p>
      </section>
    </Layout>
  );
}

/** The centres a liaison works for. */
export function LiaisonCentresPage({ ctx, centres }: { ctx: PageContext; centres: CentreRow[] }) {
  const { t } = ctx;
  const title = t('centres.desk.title');
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[[title, ctx.path]]}>
      <h1>{title}</h1>
      <ul>
        {centres.map((c) => (
          <li>
            <a href={ctx.href(`/centres/${c.id}/desk`)}>{centreName(ctx, c)}</a>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
