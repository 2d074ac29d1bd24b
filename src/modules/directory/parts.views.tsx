import type { ComponentChildren } from 'preact';
import type { MessageKey } from '../../platform/i18n/catalog.js';
import { LANGS, formatDate, localeTags, translator, type Lang } from '../../platform/i18n/i18n.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { ActivityDetails, Address, ContactPerson, MunicipalityRef, Place, TermRef, Texts } from './directory.types.js';
import { toOrganizationKind } from './organization-kinds.js';
import { swedishMunicipalityName } from '../reference/municipalities.js';
import { scheduleText, scheduleTextAddsTo } from './schedule-text.js';

/** Small building blocks shared by the directory's pages (card, all details, activity page, A–Ö list). */

/** The text in the page language, else Finnish, together with the language it is in. */
export function pickText(lang: Lang, texts: Texts): { text: string; lang: Lang } {
  if (lang === 'sv' && texts.sv) return { text: texts.sv, lang: 'sv' };
  if (lang === 'en' && texts.en) return { text: texts.en, lang: 'en' };
  return { text: texts.fi, lang: 'fi' };
}

export function nameIn(lang: Lang, texts: Texts): string {
  return pickText(lang, texts).text;
}

/** A text in the page language or in Finnish; a Finnish fallback on a Swedish or English page is marked lang="fi". */
export function Localized({ ctx, texts }: { ctx: PageContext; texts: Texts }) {
  const picked = pickText(ctx.lang, texts);
  return picked.lang === ctx.lang ? <>{picked.text}</> : <span lang={picked.lang}>{picked.text}</span>;
}

/** A message with a {name} placeholder, the name marked lang="fi" when it is the Finnish fallback ("Open the card: …"). */
export function MessageWithName({ ctx, messageKey, texts }: { ctx: PageContext; messageKey: MessageKey; texts: Texts }) {
  const marker = '\u0000';
  const [before = '', after = ''] = ctx.t(messageKey, { name: marker }).split(marker);
  return (
    <>
      {before}
      <Localized ctx={ctx} texts={texts} />
      {after}
    </>
  );
}

/** Text that exists only in Finnish (e.g. how to join, accessibility): marked lang="fi" on other pages. */
export function FiText({ ctx, text }: { ctx: PageContext; text: string }) {
  return ctx.lang === 'fi' ? <>{text}</> : <span lang="fi">{text}</span>;
}

/** Splits text on blank lines into paragraphs, marking their language when it differs from the page's. */
export function Paragraphs({ ctx, text, lang, first }: { ctx: PageContext; text: string; lang: Lang; first?: boolean }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const shown = first ? paragraphs.slice(0, 1) : paragraphs;
  const attr = lang === ctx.lang ? undefined : lang;
  return (
    <>
      {shown.map((p) => (
        <p lang={attr}>{p}</p>
      ))}
    </>
  );
}

/** The first paragraph of a text on one line, cut to about 160 characters: for <meta name="description">. */
export function metaDescription(text: string): string | undefined {
  const first = (text.split(/\n\s*\n/)[0] ?? '').replace(/\s+/g, ' ').trim();
  if (!first) return undefined;
  return first.length <= 160 ? first : `${first.slice(0, 157).replace(/\s+\S*$/, '')}…`;
}

/** An http(s) URL as it may be used in href, or null for anything else (javascript:, data:, relative …). */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (/^https?:\/\/[^\s]+$/i.test(trimmed)) return trimmed;
  if (/^www\.[^\s/]+\.[a-z]{2,}(\/\S*)?$/i.test(trimmed)) return `https://${trimmed}`;
  return null;
}

/** A web address as a link that shows the address itself (so print does not repeat it). */
export function WebLink({ url, label }: { url: string; label?: string }) {
  const href = safeHttpUrl(url);
  if (!href) return <>{label ?? url}</>;
  if (label) return <a href={href}>{label}</a>;
  return (
    <a href={href} class="url-shown">
      {href.replace(/^https?:\/\//i, '').replace(/\/$/, '')}
    </a>
  );
}

export function EmailLink({ email }: { email: string }) {
  const e = email.trim();
  return /^[^\s@<>"]+@[^\s@<>"]+$/.test(e) ? <a href={`mailto:${e}`}>{e}</a> : <>{e}</>;
}

export function PhoneLink({ phone }: { phone: string }) {
  const digits = phone.replace(/[^\d+]/g, '');
  return digits.length >= 5 ? <a href={`tel:${digits}`}>{phone}</a> : <>{phone}</>;
}

export function municipalityName(lang: Lang, m: MunicipalityRef): string {
  return lang === 'sv' ? m.nameSv : m.nameFi;
}

/**
 * A free-text city (post office) name in the page language: on Swedish pages a Finnish municipality name becomes its
 * official Swedish name ("Helsinki" → "Helsingfors", "Turku" → "Åbo"); anything else is shown as typed.
 */
export function cityName(lang: Lang, city: string, municipality?: MunicipalityRef | null): string {
  if (lang !== 'sv') return city;
  const key = city.trim().toLocaleLowerCase('fi');
  if (municipality && (key === municipality.nameFi.toLocaleLowerCase('fi') || key === municipality.nameSv.toLocaleLowerCase('fi'))) return municipality.nameSv;
  return swedishMunicipalityName(city) ?? city;
}

/** "Kauppakatu 1, 70100 Kuopio" (the municipality is added when the city is missing; on sv pages "00100 Helsingfors"). */
export function addressLine(lang: Lang, a: Address): string {
  const city = a.city ? cityName(lang, a.city, a.municipality) : a.municipality ? municipalityName(lang, a.municipality) : null;
  const place = [a.postalCode, city].filter(Boolean).join(' ');
  return [a.street, place].filter(Boolean).join(', ');
}

export function kindLabel(ctx: PageContext, kind: string): string {
  return ctx.t(`directory.kind.${toOrganizationKind(kind)}`);
}

export function lastCheckedText(ctx: PageContext, date: string | null): string {
  return date ? ctx.t('directory.lastChecked', { date: formatDate(date, ctx.lang) }) : ctx.t('directory.lastChecked.unknown');
}

/** Where an activity is available: its municipalities and/or "Etänä / koko Suomi". */
export function whereText(ctx: PageContext, a: Pick<ActivityDetails, 'municipalities' | 'nationwide' | 'remote'>): string {
  const parts = a.municipalities.map((m) => municipalityName(ctx.lang, m));
  if (a.remote && a.nationwide) parts.push(ctx.t('directory.where.remoteNationwide'));
  else if (a.nationwide) parts.push(ctx.t('directory.where.nationwide'));
  else if (a.remote) parts.push(ctx.t('directory.where.remote'));
  return parts.length > 0 ? parts.join(', ') : ctx.t('directory.where.unknown');
}

export function termNames(ctx: PageContext, terms: TermRef[]): string {
  return terms.map((t) => nameIn(ctx.lang, t.name)).join(', ');
}

/** A language code ("fi", "sv", "se", "ru") as a name in the page language ("suomi", "ruotsi" …). */
export function languageName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([localeTags[lang]], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function ageText(ctx: PageContext, min: number | null, max: number | null): string | null {
  if (min !== null && max !== null) return ctx.t('directory.age.range', { min, max });
  if (min !== null) return ctx.t('directory.age.min', { min });
  if (max !== null) return ctx.t('directory.age.max', { max });
  return null;
}

/** One term–description pair; nothing when there is no value. */
export function Row({ label, children, when = true }: { label: string; children: ComponentChildren; when?: unknown }) {
  if (!when) return null;
  return (
    <div class="dl-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Website, e-mail, phone and address as a definition list; null when there is none of them. */
export function ContactDetails({
  ctx,
  website,
  email,
  phone,
  address,
}: {
  ctx: PageContext;
  website: string | null;
  email: string | null;
  phone: string | null;
  address?: Address;
}) {
  const line = address ? addressLine(ctx.lang, address) : '';
  if (!website && !email && !phone && !line) return null;
  return (
    <dl class="details">
      <Row label={ctx.t('directory.field.website')} when={website}>
        <WebLink url={website ?? ''} />
      </Row>
      <Row label={ctx.t('directory.field.email')} when={email}>
        <EmailLink email={email ?? ''} />
      </Row>
      <Row label={ctx.t('directory.field.phone')} when={phone}>
        <PhoneLink phone={phone ?? ''} />
      </Row>
      <Row label={ctx.t('directory.field.address')} when={line}>
        {line}
      </Row>
    </dl>
  );
}

export function ContactPersonText({ ctx, person }: { ctx: PageContext; person: ContactPerson }) {
  const who = [person.name, person.title].filter(Boolean).join(', ');
  return (
    <>
      {who ? <FiText ctx={ctx} text={who} /> : null}
      {person.email ? (
        <>
          {who ? <br /> : null}
          <EmailLink email={person.email} />
        </>
      ) : null}
      {person.phone ? (
        <>
          {who || person.email ? <br /> : null}
          <PhoneLink phone={person.phone} />
        </>
      ) : null}
    </>
  );
}

export function PlaceText({ ctx, place }: { ctx: PageContext; place: Place }) {
  const line = addressLine(ctx.lang, place.address);
  return (
    <>
      <strong>{place.name}</strong>
      {line ? `, ${line}` : null}
      {place.descriptionFi ? (
        <>
          <br />
          <FiText ctx={ctx} text={place.descriptionFi} />
        </>
      ) : null}
      {place.accessibilityFi ? (
        <>
          <br />
          {ctx.t('directory.field.accessibility')}: <FiText ctx={ctx} text={place.accessibilityFi} />
        </>
      ) : null}
    </>
  );
}

/** Lower case, letters and digits only, so that "Maksuton." and "maksuton" compare equal. */
export function comparable(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('fi').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Finnish ways of saying "free of charge" that add nothing to the label. */
const SAYS_FREE_FI = ['maksuton', 'maksutonta', 'maksutta', 'ilmainen', 'ilmaista', 'ei maksua', 'osallistuminen on maksutonta', 'osallistuminen on ilmaista', 'toiminta on maksutonta'];

/**
 * A (Finnish) free text shown after a translated label, or null when it only repeats the label: equal, ignoring case and
 * punctuation, to the label in any of the three languages (so "Maksuton." adds nothing to "Free of charge") or to one
 * of `sameAs`.
 */
export function addedText(text: string | null | undefined, labelKey: MessageKey | null, sameAs: string[] = []): string | null {
  const trimmed = text?.trim();
  if (!trimmed) return null;
  const said = new Set([...(labelKey ? LANGS.map((l) => translator(l)(labelKey)) : []), ...sameAs].map(comparable));
  return said.has(comparable(trimmed)) ? null : trimmed;
}

/** Every detail of one activity as a definition list (used on the activity page and in the "all details" view). */
export function ActivityDetailsList({ ctx, activity: a }: { ctx: PageContext; activity: ActivityDetails }) {
  const { t } = ctx;
  const age = ageText(ctx, a.minimumAge, a.maximumAge);
  // Each fact once: a free text is shown only when it says more than the computed or translated text beside it.
  const schedules = a.schedules
    .map((row) => {
      const s = scheduleText(row, ctx.lang, t);
      return { ...s, noteFi: scheduleTextAddsTo(s.noteFi, [row]) };
    })
    .filter((s) => s.when || s.noteFi || s.attending);
  const scheduleFi = scheduleTextAddsTo(
    a.scheduleFi,
    a.schedules,
    schedules.map((s) => s.noteFi ?? ''),
  );
  const joinKey: MessageKey | null = a.howToJoin ? `directory.join.${a.howToJoin}` : null;
  const applicationFi = addedText(a.applicationProcessFi, joinKey);
  const costKey: MessageKey = a.freeOfCharge ? 'directory.cost.free' : 'directory.cost.paid';
  const feesFi = addedText(a.feesDescriptionFi, costKey, a.freeOfCharge ? SAYS_FREE_FI : []);
  return (
    <dl class="details">
      <Row label={t('directory.field.needs')} when={a.needs.length > 0}>
        {termNames(ctx, a.needs)}
      </Row>
      <Row label={t('directory.field.supports')} when={a.supports.length > 0}>
        {termNames(ctx, a.supports)}
      </Row>
      <Row label={t('directory.field.targets')} when={a.targets.length > 0}>
        {termNames(ctx, a.targets)}
      </Row>
      <Row label={t('directory.field.age')} when={age}>
        {age}
      </Row>
      <Row label={t('directory.field.where')}>{whereText(ctx, a)}</Row>
      <Row label={t('directory.field.places')} when={a.places.length > 0}>
        <ul class="plain-list">
          {a.places.map((p) => (
            <li>
              <PlaceText ctx={ctx} place={p} />
            </li>
          ))}
        </ul>
      </Row>
      <Row label={t('directory.field.schedule')} when={schedules.length > 0 || scheduleFi}>
        {schedules.length > 0 ? (
          <ul class="plain-list">
            {schedules.map((s) => (
              <li>
                {s.when}
                {s.attending ? ` (${s.attending})` : null}
                {s.noteFi ? (
                  <>
                    {s.when || s.attending ? ': ' : null}
                    <FiText ctx={ctx} text={s.noteFi} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
        {scheduleFi ? <FiText ctx={ctx} text={scheduleFi} /> : null}
      </Row>
      <Row label={t('directory.field.languages')} when={a.languages.length > 0}>
        {a.languages.map((l) => languageName(l, ctx.lang)).join(', ')}
      </Row>
      <Row label={t('directory.field.howToJoin')} when={joinKey || applicationFi}>
        {joinKey ? t(joinKey) : null}
        {joinKey && applicationFi ? '. ' : null}
        {applicationFi ? <FiText ctx={ctx} text={applicationFi} /> : null}
      </Row>
      <Row label={t('directory.field.cost')}>
        {t(costKey)}
        {feesFi ? (
          <>
            {'. '}
            <FiText ctx={ctx} text={feesFi} />
          </>
        ) : null}
      </Row>
      <Row label={t('directory.field.accessibility')} when={a.accessibilityFi}>
        <FiText ctx={ctx} text={a.accessibilityFi ?? ''} />
      </Row>
      <Row label={t('directory.field.contactPerson')} when={a.contacts.length > 0}>
        <ul class="plain-list">
          {a.contacts.map((c) => (
            <li>
              <ContactPersonText ctx={ctx} person={c} />
            </li>
          ))}
        </ul>
      </Row>
      <Row label={t('directory.field.website')} when={a.url}>
        <WebLink url={a.url ?? ''} />
      </Row>
      <Row label={t('directory.field.email')} when={a.email}>
        <EmailLink email={a.email ?? ''} />
      </Row>
      <Row label={t('directory.field.phone')} when={a.phone}>
        <PhoneLink phone={a.phone ?? ''} />
      </Row>
      <Row label={t('directory.field.lastChecked')} when={a.lastChecked}>
        {formatDate(a.lastChecked, ctx.lang)}
      </Row>
    </dl>
  );
}

/** The visible print hint (no script: printing is the browser's own command) and the page address shown on paper. */
export function PrintHint({ ctx, pageUrl }: { ctx: PageContext; pageUrl: string }) {
  return (
    <>
      <p class="print-hint no-print">
        <strong>{ctx.t('directory.print.label')}:</strong> {ctx.t('directory.print.hint')}
      </p>
      <p class="print-only">{ctx.t('directory.print.pageAddress', { url: pageUrl })}</p>
    </>
  );
}
