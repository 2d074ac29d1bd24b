import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownToText, renderMarkdown } from './markdown.js';

/** Markdown typed by administrators and maintainers: scripts, javascript: links and event handlers are neutralised. */

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '[klikkaa](javascript:alert(1))',
  '[klikkaa](JaVaScRiPt:alert(1))',
  '[klikkaa](  javascript:alert(1))',
  '[klikkaa](java&#x09;script:alert(1))',
  '[klikkaa](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))',
  '[klikkaa](vbscript:msgbox(1))',
  '[klikkaa](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '<a href="javascript:alert(1)">linkki</a>',
  '<a href="#" onclick="alert(1)">linkki</a>',
  '<img src=x onerror=alert(1)>',
  '![kuva](javascript:alert(1))',
  '![kuva](https://evil.example/x.png "otsikko" onerror=alert(1))',
  '<svg onload=alert(1)><circle/></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="https://evil.example"><input name=x><button>Lähetä</button></form>',
  '<div style="background:url(javascript:alert(1))">tyyli</div>',
  '<p onmouseover="alert(1)">kappale</p>',
  '<body onload=alert(1)>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<details open ontoggle=alert(1)>',
  '<a href="https://ok.example" target="_blank" onfocus="alert(1)" autofocus>ok</a>',
  '<<script>script>alert(1)<</script>/script>',
  '<!--><script>alert(1)</script>-->',
  '`<script>alert(1)</script>` ja ```\n<script>alert(1)</script>\n```',
  '[a](https://ok.example "x\\" onmouseover=\\"alert(1)")',
  '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)">x</a>',
  '<a href=" &#14;  javascript:alert(1)">x</a>',
  '<template><script>alert(1)</script></template>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
];

test('every payload is neutralised: no script-capable element, event handler, style or non-http(s)/mailto link survives', () => {
  for (const payload of PAYLOADS) {
    const html = renderMarkdown(`Alku\n\n${payload}\n\nLoppu`);
    const label = `${payload} → ${html}`;
    assert.doesNotMatch(html, /<\s*(script|iframe|object|embed|svg|math|form|input|button|style|meta|base|link|img|details|template|noscript|body)\b/i, label);
    assert.doesNotMatch(html, /<[^>]*\son[a-z]+\s*=/i, label);
    assert.doesNotMatch(html, /<[^>]*\sstyle\s*=/i, label);
    assert.doesNotMatch(html, /<[^>]*\s(src|action|data|formaction)\s*=/i, label);
    // Only two attributes exist at all: href (checked below) and rel.
    for (const [, attr] of html.matchAll(/<[a-z0-9]+\s+([^>]*)>/gi)) assert.match(attr!, /^(href="[^"]*"\s*)?rel="nofollow noopener noreferrer"$/, label);
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) assert.match(href!, /^(https?:|mailto:)/i, label);
    assert.match(html, /^<p>Alku<\/p>/, label); // the text before the payload is kept (an unclosed dropped element may take what follows it)
  }
});

test('ordinary Markdown survives: paragraphs, emphasis, lists, quotes, code and safe links (marked rel="nofollow noopener noreferrer")', () => {
  const html = renderMarkdown('Tervetuloa **infoiltaan** *torstaina*.\n\n- yksi\n- kaksi\n\n1. eka\n\n> lainaus\n\n`koodi`\n\n[Lisätietoja](https://www.esimerkki.fi/ilta?a=1&b=2) tai [sähköposti](mailto:info@esimerkki.fi)');
  assert.match(html, /<strong>infoiltaan<\/strong>/);
  assert.match(html, /<em>torstaina<\/em>/);
  assert.match(html, /<ul>\s*<li>yksi<\/li>/);
  assert.match(html, /<ol>/);
  assert.match(html, /<blockquote>/);
  assert.match(html, /<code>koodi<\/code>/);
  assert.match(html, /<a href="https:\/\/www\.esimerkki\.fi\/ilta\?a=1&amp;b=2" rel="nofollow noopener noreferrer">Lisätietoja<\/a>/);
  assert.match(html, /<a href="mailto:info@esimerkki\.fi" rel="nofollow noopener noreferrer">/);
});

test('headings move one level down (the page’s h1 is the title), and text is escaped', () => {
  assert.equal(renderMarkdown('# Otsikko'), '<h2>Otsikko</h2>');
  assert.equal(renderMarkdown('## Väliotsikko'), '<h3>Väliotsikko</h3>');
  assert.equal(renderMarkdown('a < b & c > d'), '<p>a &lt; b &amp; c &gt; d</p>');
});

test('the plain-text summary drops markup and scripts and is cut at a word', () => {
  assert.equal(markdownToText('**Tärkeä** tiedote <script>alert(1)</script> [linkki](javascript:x)'), 'Tärkeä tiedote linkki');
  const long = markdownToText('sana '.repeat(100), 30);
  assert.ok(long.length <= 30, long);
  assert.match(long, /sana…$/);
});
