import { formatDate } from '../../../platform/i18n/i18n.js';
import { ACCESSIBILITY_EMAIL, STATEMENT_DATE, type GuideContent } from './guide-content.js';

const AUTHORITY_URL = 'https://www.webbisaavutettavuus.fi/';
const AUTHORITY_SITE = 'www.webbisaavutettavuus.fi';

function Mail() {
  return <a href={`mailto:${ACCESSIBILITY_EMAIL}`}>{ACCESSIBILITY_EMAIL}</a>;
}

/**
 * The accessibility statement (saavutettavuusseloste) in the structure the Act on the Provision of Digital Services
 * (306/2019) expects: scope, conformance status, how it was assessed, non-accessible content, feedback, enforcement.
 * The "how it was assessed" list mirrors what tests/e2e actually checks: keep them in step.
 */
export const accessibilityStatement: GuideContent = {
  fi: ({ ctx }) => {
    const date = formatDate(STATEMENT_DATE, ctx.lang);
    return (
      <>
        <p class="guide-lead">
          Tämä saavutettavuusseloste koskee Tarjotin-verkkopalvelua, josta löytyy sosiaali- ja terveysalan järjestöjen
          tukea. Tavoitteena on, että kuka tahansa voi käyttää palvelua, ja että palvelu täyttää laissa digitaalisten
          palvelujen tarjoamisesta (306/2019) edellytetyt WCAG 2.1 -ohjeiden A- ja AA-tason vaatimukset.
        </p>
        <dl class="guide-facts">
          <dt>Palvelu</dt>
          <dd>Tarjotin (julkiset sivut: haku, hakutulokset, järjestökortit, toimintojen sivut, järjestöluettelo, ohjeet ja avoimen datan sivu)</dd>
          <dt>Saavutettavuuden tila</dt>
          <dd>Täyttää saavutettavuusvaatimukset osittain</dd>
          <dt>Seloste laadittu</dt>
          <dd>{date}</dd>
          <dt>Arviointitapa</dt>
          <dd>Itsearviointi ja automaattiset testit</dd>
        </dl>

        <h2>Saavutettavuuden tila</h2>
        <p>
          <strong>Tarjotin täyttää saavutettavuusvaatimukset osittain.</strong> Automaattinen tarkistus on osa palvelun
          testejä: testit epäonnistuvat, jos tarkistus löytää yhdenkin puutteen. Palvelua ei ole kuitenkaan vielä
          arvioitu käsin ruudunlukijoilla, eikä ulkopuolinen asiantuntija ole arvioinut sitä. Tiedossa olevat puutteet on lueteltu alla.
        </p>

        <h2>Miten saavutettavuus on arvioitu</h2>
        <p>Arvio on palvelun kehittäjien tekemä itsearviointi. Se perustuu testeihin, jotka ajetaan jokaisen muutoksen yhteydessä:</p>
        <ul>
          <li>
            <strong>Automaattinen tarkistus:</strong> jokainen julkinen sivu tarkistetaan axe-core-työkalulla WCAG 2.1
            A- ja AA-tason säännöillä Chromium-selaimessa. Tarkistettavia sivuja ovat etusivu, hakutulokset, tyhjä
            hakutulos, kaikkien järjestöjen luettelo, järjestökortti ja sen kaikki tiedot, toiminnan sivu, ohjeet, tämä
            seloste, avoimen datan sivu ja virhesivu sekä etusivu ja hakutulokset ruotsiksi ja englanniksi.
          </li>
          <li>
            <strong>Rakenne:</strong> jokaisella sivulla on yksi pääotsikko ja sivun kieli on merkitty.
          </li>
          <li>
            <strong>Näppäimistö:</strong> haku etusivulta hakutuloksiin ja järjestökortille tehdään testissä pelkällä
            näppäimistöllä (sarkain, Enter ja nuolinäppäimet). Testi tarkistaa myös, että ohituslinkki siirtää
            kohdistuksen pääsisältöön. Hakusanan ehdotukset (kun JavaScript on käytössä) valitaan nuolinäppäimillä ja
            Enterillä, Esc sulkee ne, ja ehdotusten määrä kerrotaan ruudunlukijalle; testi tarkistaa myös, että ilman
            JavaScriptiä lomake toimii tavallisena lomakkeena.
          </li>
          <li>
            <strong>Kapea näyttö:</strong> etusivu ja hakutulokset testataan puhelimen kokoisella näytöllä (375 × 667
            pikseliä), eikä sivua tarvitse vierittää vaakasuunnassa.
          </li>
          <li>
            <strong>Tulostus:</strong> järjestökortin tulosteesta testataan, että sivuston valikot eivät tulostu.
          </li>
          <li>
            <strong>Sivun koko:</strong> jokaisen sivun ensimmäinen lataus on enintään 100 kilotavua, jotta palvelu
            toimii hitaallakin yhteydellä ja vanhalla laitteella.
          </li>
        </ul>

        <h2>Ei-saavutettava sisältö</h2>
        <p>Tiedämme seuraavista puutteista:</p>
        <ul>
          <li>
            Palvelua ei ole vielä testattu käsin ruudunlukijoilla (esimerkiksi NVDA, JAWS, VoiceOver ja TalkBack), eikä
            käyttäjätestausta ole tehty toimintarajoitteisten käyttäjien kanssa. Automaattiset testit löytävät vain
            osan saavutettavuusongelmista, joten palvelussa voi olla puutteita, joita emme vielä tunne.
          </li>
          <li>
            Järjestöt kirjoittavat kuvauksensa itse. Kuvaukset voivat olla vaikeaselkoisia, eikä kaikilla järjestöillä
            ole selkokielistä tiivistelmää (WCAG 3.1.5, AAA-taso, ei lain vaatimus).
          </li>
          <li>
            Järjestöjen tiedot ovat usein vain suomeksi. Ruotsin- ja englanninkielisillä sivuilla suomenkielisen
            tekstin kieltä ei välttämättä ole merkitty sivun koodiin, jolloin ruudunlukija voi lukea sen väärin
            ääntein (WCAG 3.1.2 Osien kieli).
          </li>
          <li>
            Sisällön mukautumista kapeaan näyttöön (WCAG 1.4.10) on testattu automaattisesti vain etusivulla ja
            hakutuloksissa. Tekstin suurentamista 200 prosenttiin (WCAG 1.4.4) ei ole vielä testattu järjestelmällisesti.
          </li>
        </ul>
        <p>
          Yhteydenottopyyntö, Tarjotin-kori ja järjestöjen rekisteröityminen eivät ole vielä käytössä. Niiden
          saavutettavuus arvioidaan, kun ne otetaan käyttöön, ja tämä seloste päivitetään silloin.
        </p>

        <h2>Anna palautetta saavutettavuudesta</h2>
        <p>
          Huomasitko saavutettavuuspuutteen? Kerro se meille, niin teemme parhaamme puutteen korjaamiseksi. Voit myös
          pyytää meiltä tietoa, joka ei ole saavutettavassa muodossa.
        </p>
        <p>
          Sähköposti: <Mail />
        </p>
        <p>Vastaamme 14 päivän kuluessa.</p>

        <h2>Valvontaviranomainen</h2>
        <p>
          Jos huomaat palvelussa saavutettavuusongelmia, anna ensin palautetta meille. Vastauksessa voi mennä 14
          päivää. Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta lainkaan kahden viikon aikana, voit
          tehdä ilmoituksen valvontaviranomaiselle. Valvontaviranomaisen sivuilla kerrotaan tarkasti, miten ilmoituksen
          voi tehdä ja miten asia käsitellään.
        </p>
        <h3>Valvontaviranomaisen yhteystiedot</h3>
        <p>
          Etelä-Suomen aluehallintovirasto
          <br />
          Saavutettavuusvalvonta
          <br />
          <a href={AUTHORITY_URL}>{AUTHORITY_SITE}</a>
        </p>
      </>
    );
  },

  sv: ({ ctx }) => {
    const date = formatDate(STATEMENT_DATE, ctx.lang);
    return (
      <>
        <p class="guide-lead">
          Det här tillgänglighetsutlåtandet gäller webbtjänsten Tarjotin, där man hittar stöd från organisationer inom
          social- och hälsovården. Målet är att vem som helst ska kunna använda tjänsten och att tjänsten uppfyller
          kraven på nivå A och AA i WCAG 2.1, som lagen om tillhandahållande av digitala tjänster (306/2019) förutsätter.
        </p>
        <dl class="guide-facts">
          <dt>Tjänst</dt>
          <dd>Tarjotin (de offentliga sidorna: sökning, sökresultat, organisationskort, verksamhetssidor, organisationsförteckning, anvisningar och sidan om öppna data)</dd>
          <dt>Tillgänglighetsstatus</dt>
          <dd>Uppfyller tillgänglighetskraven delvis</dd>
          <dt>Utlåtandet utarbetat</dt>
          <dd>{date}</dd>
          <dt>Bedömningsmetod</dt>
          <dd>Egen bedömning och automatiska tester</dd>
        </dl>

        <h2>Tillgänglighetsstatus</h2>
        <p>
          <strong>Tarjotin uppfyller tillgänglighetskraven delvis.</strong> Den automatiska kontrollen är en del av
          tjänstens tester: testerna misslyckas om kontrollen hittar en enda brist. Tjänsten har ändå ännu inte bedömts
          manuellt med skärmläsare eller av en extern expert. De brister vi känner
          till finns nedan.
        </p>

        <h2>Hur tillgängligheten har bedömts</h2>
        <p>Bedömningen är en egen bedömning av tjänstens utvecklare. Den bygger på tester som körs vid varje ändring:</p>
        <ul>
          <li>
            <strong>Automatisk kontroll:</strong> varje offentlig sida kontrolleras med verktyget axe-core enligt
            reglerna på nivå A och AA i WCAG 2.1 i webbläsaren Chromium. Sidorna är startsidan, sökresultat, ett tomt
            sökresultat, förteckningen över alla organisationer, ett organisationskort och alla dess uppgifter, en
            verksamhetssida, anvisningarna, detta utlåtande, sidan om öppna data och felsidan, samt startsidan och
            sökresultaten på svenska och engelska.
          </li>
          <li>
            <strong>Struktur:</strong> varje sida har en huvudrubrik och sidans språk är angivet.
          </li>
          <li>
            <strong>Tangentbord:</strong> sökningen från startsidan till sökresultaten och organisationskortet görs i
            testet enbart med tangentbordet (tabb, Enter och piltangenter). Testet kontrollerar också att
            överhoppningslänken flyttar fokus till huvudinnehållet. Förslagen till sökord (när JavaScript används) väljs
            med piltangenterna och Enter, Esc stänger dem och antalet förslag meddelas skärmläsaren; testet kontrollerar
            också att formuläret fungerar som ett vanligt formulär utan JavaScript.
          </li>
          <li>
            <strong>Smal skärm:</strong> startsidan och sökresultaten testas på en skärm i telefonstorlek (375 × 667
            pixlar) utan vågrät rullning.
          </li>
          <li>
            <strong>Utskrift:</strong> testet kontrollerar att webbplatsens menyer inte skrivs ut med
            organisationskortet.
          </li>
          <li>
            <strong>Sidans storlek:</strong> den första laddningen av varje sida är högst 100 kilobyte, så att tjänsten
            fungerar även med en långsam förbindelse och en gammal apparat.
          </li>
        </ul>

        <h2>Innehåll som inte är tillgängligt</h2>
        <p>Vi känner till följande brister:</p>
        <ul>
          <li>
            Tjänsten har ännu inte testats manuellt med skärmläsare (till exempel NVDA, JAWS, VoiceOver och TalkBack),
            och inga användartester har gjorts med personer med funktionsnedsättning. Automatiska tester hittar bara en
            del av tillgänglighetsproblemen, så det kan finnas brister som vi ännu inte känner till.
          </li>
          <li>
            Organisationerna skriver själva sina beskrivningar. Beskrivningarna kan vara svåra att förstå, och alla
            organisationer har inte en sammanfattning på lättläst språk (WCAG 3.1.5, nivå AAA, inget lagkrav).
          </li>
          <li>
            Organisationernas uppgifter finns ofta bara på finska. På de svenska och engelska sidorna är språket i finsk
            text inte alltid angivet i sidans kod, och då kan en skärmläsare uttala texten fel (WCAG 3.1.2 Språk för
            delar).
          </li>
          <li>
            Anpassning till smal skärm (WCAG 1.4.10) har testats automatiskt bara på startsidan och i sökresultaten.
            Förstoring av text till 200 procent (WCAG 1.4.4) har ännu inte testats systematiskt.
          </li>
        </ul>
        <p>
          Kontaktbegäran, korgen och registreringen för organisationer är inte i bruk ännu. Deras tillgänglighet bedöms
          när de tas i bruk, och då uppdateras detta utlåtande.
        </p>

        <h2>Ge respons om tillgängligheten</h2>
        <p>
          Har du upptäckt en tillgänglighetsbrist? Berätta det för oss så gör vi vårt bästa för att rätta till den. Du
          kan också be oss om information som inte finns i tillgänglig form.
        </p>
        <p>
          E-post: <Mail />
        </p>
        <p>Vi svarar inom 14 dagar.</p>

        <h2>Tillsynsmyndighet</h2>
        <p>
          Om du upptäcker tillgänglighetsproblem i tjänsten, ge först respons till oss. Det kan ta 14 dagar innan du får
          svar. Om du inte är nöjd med svaret eller inte får något svar inom två veckor, kan du göra en anmälan till
          tillsynsmyndigheten. På tillsynsmyndighetens webbplats finns information om hur du gör en anmälan och hur
          ärendet behandlas.
        </p>
        <h3>Tillsynsmyndighetens kontaktuppgifter</h3>
        <p>
          Regionförvaltningsverket i Södra Finland
          <br />
          Tillgänglighetstillsynen
          <br />
          <a href={AUTHORITY_URL}>{AUTHORITY_SITE}</a>
        </p>
      </>
    );
  },

  en: ({ ctx }) => {
    const date = formatDate(STATEMENT_DATE, ctx.lang);
    return (
      <>
        <p class="guide-lead">
          This accessibility statement applies to the Tarjotin web service, where people find support from social and
          health NGOs. Our aim is that anyone can use the service, and that it meets the level A and AA requirements of
          WCAG 2.1 required by the Finnish Act on the Provision of Digital Services (306/2019).
        </p>
        <dl class="guide-facts">
          <dt>Service</dt>
          <dd>Tarjotin (the public pages: search, results, organisation cards, activity pages, the list of organisations, guides and the open data page)</dd>
          <dt>Compliance status</dt>
          <dd>Partially conforms</dd>
          <dt>Statement prepared</dt>
          <dd>{date}</dd>
          <dt>Assessment method</dt>
          <dd>Self-assessment and automated tests</dd>
        </dl>

        <h2>Compliance status</h2>
        <p>
          <strong>Tarjotin partially conforms to the accessibility requirements.</strong> The automated checks are part of
          the service's tests: the tests fail if a check finds a single issue. The service has not yet been evaluated by
          hand with screen readers or by an external expert. The
          gaps we know about are listed below.
        </p>

        <h2>How accessibility was assessed</h2>
        <p>The assessment is a self-assessment by the service's developers, based on tests run with every change:</p>
        <ul>
          <li>
            <strong>Automated checks:</strong> every public page is checked with axe-core against the WCAG 2.1 level A
            and AA rules in the Chromium browser. The pages are the front page, search results, an empty search result,
            the list of all organisations, an organisation card and all its details, an activity page, the guides, this
            statement, the open data page and the error page, plus the front page and results in Swedish and English.
          </li>
          <li>
            <strong>Structure:</strong> every page has one main heading, and the page language is declared.
          </li>
          <li>
            <strong>Keyboard:</strong> a test searches from the front page to the results and an organisation card
            using the keyboard only (Tab, Enter and arrow keys). It also checks that the skip link moves focus to the
            main content. Keyword suggestions (when JavaScript is on) are chosen with the arrow keys and Enter, Escape
            closes them and the number of suggestions is announced to screen readers; the test also checks that the form
            works as a plain form without JavaScript.
          </li>
          <li>
            <strong>Narrow screens:</strong> the front page and results are tested on a phone-sized screen (375 × 667
            pixels) with no horizontal scrolling.
          </li>
          <li>
            <strong>Printing:</strong> a test checks that the site's menus are not printed with an organisation card.
          </li>
          <li>
            <strong>Page weight:</strong> the first load of every page is at most 100 kilobytes, so the service works on
            a slow connection and an old device.
          </li>
        </ul>

        <h2>Non-accessible content</h2>
        <p>We know of the following gaps:</p>
        <ul>
          <li>
            The service has not yet been tested by hand with screen readers (such as NVDA, JAWS, VoiceOver and
            TalkBack), and there has been no user testing with people with disabilities. Automated tests find only part
            of accessibility problems, so there may be gaps we do not know about yet.
          </li>
          <li>
            Organisations write their own descriptions. They may be hard to understand, and not every organisation has
            a plain-language summary (WCAG 3.1.5, level AAA, not a legal requirement).
          </li>
          <li>
            Organisations' details are often in Finnish only. On the Swedish and English pages, the language of Finnish
            text is not always marked in the page code, so a screen reader may pronounce it wrongly (WCAG 3.1.2 Language
            of Parts).
          </li>
          <li>
            Reflow on narrow screens (WCAG 1.4.10) has been tested automatically on the front page and results only.
            Resizing text to 200 per cent (WCAG 1.4.4) has not yet been tested systematically.
          </li>
        </ul>
        <p>
          Contact requests, the tray and organisation registration are not available yet. Their accessibility will be
          assessed when they are released, and this statement updated then.
        </p>

        <h2>Feedback on accessibility</h2>
        <p>
          Did you notice an accessibility gap? Tell us and we will do our best to fix it. You can also ask us for
          information that is not available in an accessible form.
        </p>
        <p>
          E-mail: <Mail />
        </p>
        <p>We reply within 14 days.</p>

        <h2>Enforcement authority</h2>
        <p>
          If you notice accessibility problems in the service, first give feedback to us. A reply may take 14 days. If
          you are not satisfied with the reply, or you get no reply within two weeks, you can report the matter to the
          enforcement authority. Its web site explains how to make a report and how the matter is handled.
        </p>
        <h3>Contact details of the enforcement authority</h3>
        <p>
          Regional State Administrative Agency for Southern Finland
          <br />
          Accessibility Monitoring
          <br />
          <a href={AUTHORITY_URL}>{AUTHORITY_SITE}</a>
        </p>
      </>
    );
  },
};
