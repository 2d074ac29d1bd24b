import type { PageContext } from '../../../platform/views/page-context.js';
import { ComingLater, IMPORT_EXAMPLE, type GuideContent } from './guide-content.js';

const KUNTA_URI = 'http://uri.suomi.fi/codelist/jhs/kunta_1_20240101/code/NNN';

/** The API addresses are the same in every language. */
function ApiLinks({ ctx, page, root, openapi }: { ctx: PageContext; page: string; root: string; openapi: string }) {
  return (
    <ul>
      <li>
        {root}: <a href="/api/hsds">/api/hsds</a> (<a href="/api/hsds/organizations">/api/hsds/organizations</a>,{' '}
        <a href="/api/hsds/services">/api/hsds/services</a>, <a href="/api/hsds/taxonomies">/api/hsds/taxonomies</a>)
      </li>
      <li>
        {openapi}: <a href="/api/openapi.json">/api/openapi.json</a>
      </li>
      <li>
        <a href={ctx.href('/api')}>{page}</a>
      </li>
    </ul>
  );
}

function ImportExample({ label }: { label: string }) {
  return (
    <figure class="guide-example">
      <figcaption>{label}</figcaption>
      <pre>
        <code>{IMPORT_EXAMPLE}</code>
      </pre>
    </figure>
  );
}

/** The guide for NGOs: getting listed, the data they need, keeping it current, open data and the import format. */
export const organisationsGuide: GuideContent = {
  fi: ({ ctx }) => (
    <>
      <p class="guide-lead">
        Sosiaali- ja terveysalan järjestöt, yhdistykset, säätiöt ja seurakunnat voivat kertoa Tarjottimessa
        asukkaille suunnatusta yleishyödyllisestä toiminnastaan. Tiedot löytävät asukkaat ja sote-ammattilaiset, jotka
        ohjaavat asiakkaitaan järjestöjen toimintaan.
      </p>

      <h2>Ennen kuin liityt</h2>
      <p>Varmista, että järjestölläsi on</p>
      <ul>
        <li>aikaa pitää tiedot ajan tasalla</li>
        <li>valmius ottaa vastaan uusia osallistujia, jotka tulevat toimintaan Tarjottimen kautta</li>
        <li>valmius vastata yhteydenottopyyntöihin normaaleina toiminta-aikoina mahdollisimman nopeasti.</li>
      </ul>
      <p>Kerro toiminnastasi selvästi: mitä teette, kenelle ja miten mukaan pääsee.</p>

      <h2>Näin pääset mukaan</h2>
      <p>
        Tilaa liittymislinkki <a href={ctx.href('/for-organisations')}>Järjestöille-sivulta</a>. Liittyminen toimii
        näin:
      </p>
      <ol class="guide-steps">
        <li>Tilaat liittymislinkin omaan sähköpostiisi. Salasanaa ei tarvita.</li>
        <li>Linkin kautta täytät järjestön ja sen toimintojen tiedot lomakkeelle.</li>
        <li>
          Kun tallennat tiedot, alueen pääkäyttäjä saa ilmoituksen. Hän tarkistaa ja hyväksyy tiedot tai pyytää sinua
          täydentämään niitä.
        </li>
        <li>Hyväksytyt tiedot julkaistaan, ja asukkaat ja ammattilaiset löytävät ne haulla.</li>
        <li>
          Voit muokata tietoja myöhemmin kirjautumalla sisään (Omat järjestöt). Myös muutokset tarkistetaan ennen
          julkaisua.
        </li>
      </ol>
      <p>
        Palvelun ylläpito voi jo nyt tuoda useamman järjestön tiedot kerralla avoimen datan muotoisesta tiedostosta
        (katso <a href="#tuontimuoto">Tuontimuoto</a>).
      </p>

      <h2>Tiedot, joita tarvitset</h2>
      <h3>Järjestön tiedot</h3>
      <ul>
        <li>nimi suomeksi sekä mahdollisesti ruotsiksi ja englanniksi</li>
        <li>Y-tunnus</li>
        <li>järjestömuoto: yhdistys, säätiö, seurakunta, kattojärjestö tai paikallisyhdistys</li>
        <li>mahdollinen emojärjestö</li>
        <li>kuvaus toiminnasta ja lyhyt selkokielinen tiivistelmä</li>
        <li>verkkosivut, sähköposti, puhelinnumero, osoite ja sosiaalisen median linkit</li>
        <li>yhteyshenkilöt</li>
        <li>tietojen ylläpitäjät: yksi tai useampi sähköpostiosoite</li>
        <li>sähköpostiosoite, johon yhteydenottopyynnöt tulevat</li>
        <li>otetaanko toimintaan nyt uusia osallistujia.</li>
      </ul>
      <h3>Toimintojen tiedot</h3>
      <ul>
        <li>toiminnan nimi ja kuvaus suomeksi sekä mahdollisesti ruotsiksi ja englanniksi</li>
        <li>tarpeet ja diagnoosit, joihin toiminta auttaa (Mihin etsit tukea?)</li>
        <li>
          tuen muoto (Millaista tukea etsit?), esimerkiksi vertaistuki, neuvonta, ryhmätoiminta, keskusteluapu,
          kriisiapu, ystävätoiminta, kurssit ja leirit, liikunta tai vapaaehtoistoiminta
        </li>
        <li>kohderyhmät, esimerkiksi lapset, nuoret, perheet, ikäihmiset, omaiset tai maahanmuuttajat</li>
        <li>kunnat, joissa toimintaa on, tai etänä / koko Suomi (Miltä alueelta etsit tukea?)</li>
        <li>kielet, hinta ja esteettömyys</li>
        <li>miten mukaan pääsee: tule suoraan, ilmoittaudu tai tarvitaan lähete</li>
        <li>aikataulu, toimipaikat ja yhteyshenkilö.</li>
      </ul>

      <h2>Pidä tiedot ajan tasalla</h2>
      <p>
        Vanhentuneet tiedot ovat palvelun suurin riski: asiakas ohjataan toimintaan, jota ei enää ole. Tarkista
        järjestön tiedot vähintään kaksi kertaa vuodessa ja aina, kun toiminta muuttuu tai päättyy.
      </p>
      <p>
        Jokaisessa hakutuloksessa ja järjestökortilla näkyy päivä, jolloin tiedot on viimeksi tarkistettu. Näin
        asukkaat ja ammattilaiset näkevät, kuinka tuoreita tiedot ovat.
      </p>
      <ComingLater ctx={ctx}>
        <p>Tarjotin lähettää ylläpitäjille tarkistuspyynnön sähköpostilla kaksi kertaa vuodessa.</p>
      </ComingLater>

      <h2>Yhteistyö sote- ja perhekeskusten kanssa</h2>
      <p>
        Sote- ja perhekeskuksilla on järjestöyhdyshenkilö, jonka kanssa yhteistyöstä sovitaan. Keskusten tiedot, niiden
        tarjoamat mahdollisuudet (esitetelineet, ilmoitustaulut, infotaulut, tilat ryhmille) ja aineistojen tekniset
        vaatimukset ovat sivulla <a href={ctx.href('/centres')}>Sote- ja perhekeskukset</a>.
      </p>
      <ul>
        <li>
          Lähetä esite (PDF), juliste (PDF tai kuva) tai infotaulun ilmoitus (kuva) sivulla{' '}
          <a href={ctx.href('/my/materials/new')}>Lähetä aineisto keskuksiin</a>, yhteen tai useaan keskukseen kerralla.
        </li>
        <li>Kerro voimassaoloaika. Aineisto poistuu ilmoitustauluilta ja infotauluilta itsestään, kun aika päättyy; saat muistutuksen kaksi viikkoa ennen.</li>
        <li>Tee aineistosta selkeää ja saavutettavaa: kirjoita kuvalle vaihtoehtoinen teksti ja näytä yhteystiedot. Vain yleishyödyllistä toimintaa.</li>
        <li>Palvelu tarkistaa tiedoston heti: oikea tiedostomuoto, koko, infotaulun mittasuhde ja PDF:n sivumäärä.</li>
        <li>Keskuksen yhdyshenkilö hyväksyy aineiston tai palauttaa sen viestin kanssa. Näet tilanteen sivulla Aineistot sote-keskuksiin.</li>
      </ul>
      <p>
        Esittelystä, tapahtumasta tai ryhmätoiminnasta keskuksessa sovitaan etukäteen sivulla{' '}
        <a href={ctx.href('/my/agreements/new')}>Ehdota yhteistyötä keskukselle</a>: aika, toteutustapa, käytännön
        asiat, ohjelma ja yhteyshenkilö. Yhdyshenkilö voi hyväksyä, ehdottaa toista aikaa tai hylätä. Sovitun saa
        kalenteriin, ja molemmat saavat muistutuksen kaksi päivää ennen.
      </p>
      <p>
        Tiedotteen keskuksen henkilöstölle lähetät sivulla{' '}
        <a href={ctx.href('/my/bulletins/new')}>Lähetä tiedote henkilöstölle</a>: otsikko, teksti, aiheet (esimerkiksi
        lapsiperheet, ikääntyneet, mielenterveys ja päihteet), kieli ja keskukset. Keskuksen yhdyshenkilö välittää sen
        sähköpostilla niille henkilöstöryhmille, joiden työtä aiheet koskevat, tai palauttaa sen viestin kanssa. Sivulla
        Tiedotteet sote-keskuksiin näet, moneenko ryhmään tiedote välitettiin; työntekijöiden osoitteita et näe.
        Keskus voi myös itse pyytää järjestöltänne esimerkiksi esittelyä henkilöstön kokoukseen: pyyntö tulee
        ylläpitäjille sähköpostilla, ja siihen vastataan samoin kuin ehdotukseen.
      </p>

      <h3>Kunnan järjestötapaamiset</h3>
      <p>
        Sote-keskuksen yhdyshenkilö tai alueen ylläpitäjä voi kutsua järjestönne kunnan järjestötapaamiseen, jossa
        keskuksen työntekijät kertovat asiakkaiden tuen tarpeista, palveluistaan ja yhteistyömahdollisuuksista ja
        kuulevat järjestöjen ideoita. Kutsu tulee ylläpitäjille sähköpostilla. Tapaamisen sivulla (myös sivulla{' '}
        <a href={ctx.href('/my/meetings')}>Järjestötapaamiset</a>) ilmoitatte, montako teistä tulee, tulijoiden nimet ja
        tarpeet, kuten esteettömyys tai ruokavalio, tai kerrotte, ettette pääse. Vastausta voi muuttaa tapaamisen alkuun
        asti, ja tapaamisen saa kalenteriin .ics-tiedostona. Tapaamisen jälkeen sivulla on sen muistio, jonka näkevät vain
        kutsutut.
      </p>
      <p>
        Sovitun esittelyn, tapahtuman tai ryhmän jälkeen keskuksen yhdyshenkilö kirjaa, toteutuiko se, osallistujamäärän
        ja lyhyen arvion. Niistä kootaan keskuksen yhteistyöraportti, jolla keskus seuraa ja arvioi yhteistyötä.
      </p>

      <h2>Vertaisapu järjestöjen kesken</h2>
      <p>
        <a href={ctx.href('/peer-help')}>Vertaisavussa</a> järjestöjen toimihenkilöt ja vapaaehtoiset auttavat toisiaan
        tukitehtävissä: kirjanpidossa, rahoitushakemuksissa, tietoturvassa, kiinteistöasioissa, viestinnässä ja muussa.
        Liity sähköpostiosoitteellasi; samalla tilillä voit sekä pyytää apua järjestöllesi että auttaa muita.
      </p>
      <ol>
        <li>Tee auttajaprofiili: kotikunta tai postinumero, etäisyys, kiinnostavat aiheet, osaaminen ja kielet.</li>
        <li>Pyydä apua kolmessa vaiheessa: mihin apua tarvitaan, missä ja milloin, tarkista ja julkaise. Saat vahvistuksen sähköpostiisi.</li>
        <li>Valitse hakijoista yksi tai useampi. Valintaa ei voi perua muuten kuin perumalla pyynnön; muita hakijoita kiitetään.</li>
        <li>Sopikaa yksityiskohdista pyynnön keskustelussa, jonka näkevät järjestönne ja valitut tekijät. Kun pyynnön sivu on auki, uudet viestit tulevat näkyviin itsestään; ilman JavaScriptiä ne näkyvät, kun lataat sivun uudelleen.</li>
        <li>Kun tekijä on merkinnyt tehtävän tehdyksi, hyväksy se ja antakaa palautetta toisillenne. Palaute näkyy profiilissa.</li>
      </ol>
      <p>
        Sähköpostit: valitse profiilissa, saatko ilmoituksen sopivista uusista pyynnöistä heti vai koosteena kerran
        päivässä. Jos hakemukset odottavat vastaustasi kaksi arkipäivää (viikonloput ja pyhät eivät laske), saat
        muistutuksen. Jos annat pyynnölle viimeisen toivotun päivän eikä tekijää ole valittu sen mennessä, saat
        varoituksen, ja pyyntö suljetaan viikon kuluttua, ellet pidä sitä avoinna uudella päivällä. Lukemattomista
        keskusteluviesteistä saat koosteen enintään neljännestunnin välein, ilman viestien sisältöä.
      </p>

      <h2>Avoin data</h2>
      <p>
        Tarjottimen tiedot ovat avointa dataa. Julkinen rajapinta noudattaa Open Referral HSDS 3.0 -standardia (Human
        Services Data Specification). Kuka tahansa voi käyttää sitä ilman rekisteröitymistä, ja se on vain lukemista
        varten. Rajapinta näyttää vain julkaistut tiedot.
      </p>
      <ApiLinks ctx={ctx} root="Rajapinta" openapi="OpenAPI-kuvaus" page="Avoimen datan ohjesivu" />
      <p>
        Suomen profiilin lisäparametreilla <code>municipality</code> (kolminumeroinen kuntanumero) saat kunnassa
        tarjolla olevat ja valtakunnalliset palvelut ja parametrilla <code>lang</code> kielen (fi, sv tai en).
      </p>

      <h2 id="tuontimuoto">Tuontimuoto</h2>
      <p>Tietoja voi tuoda palveluun HSDS 3.0 -muotoisena JSON-tiedostona. Tiedosto voi olla</p>
      <ul>
        <li>luettelo järjestöjä (organization), joiden sisällä ovat niiden palvelut (services)</li>
        <li>luettelo palveluja (service), joiden sisällä on järjestö (organization) tai</li>
        <li>rajapinnan tulossivu (total_items, contents …).</li>
      </ul>
      <h3>Suomen profiili</h3>
      <ul>
        <li>
          Kunta on <code>service_area</code>, jonka <code>uri</code> on <code>{KUNTA_URI}</code> (NNN on
          kolminumeroinen kuntanumero).
        </li>
        <li>
          Valtakunnallinen palvelu: <code>service_area</code>, jonka <code>extent_type</code> on "text" ja{' '}
          <code>extent</code> "FI".
        </li>
        <li>
          Y-tunnus on <code>organization_identifier</code>, jonka <code>identifier_type</code> on "Y-tunnus".
        </li>
        <li>
          Tarpeet, tuen muodot ja kohderyhmät ovat taksonomioita, jotka liitetään palveluun{' '}
          <code>attributes</code>-kentällä.
        </li>
      </ul>
      <h3>Miten tuonti toimii</h3>
      <p>
        Tuonti päivittää tietueet niiden tunnisteen (id) perusteella: saman tiedoston tuominen kahdesti ei muuta mitään.
        Jokainen tietue tarkistetaan. Virheellinen tietue hylätään kokonaan, ja yhteenvedossa kerrotaan hylkäyksen
        syy ja kohta tiedostossa. Hyväksytyt tietueet julkaistaan. Tuonnin tekee palvelun ylläpito.
      </p>
      <ImportExample label="Esimerkki: yksi järjestö ja sen palvelu Kuopiossa (kuntanumero 297)" />
    </>
  ),

  sv: ({ ctx }) => (
    <>
      <p class="guide-lead">
        Organisationer, föreningar, stiftelser och församlingar inom social- och hälsovården kan berätta i Tarjotin om
        sin allmännyttiga verksamhet för invånare. Uppgifterna hittas av invånare och av yrkesfolk inom social- och
        hälsovården som hänvisar sina klienter till organisationernas verksamhet.
      </p>

      <h2>Innan du ansluter dig</h2>
      <p>Se till att din organisation har</p>
      <ul>
        <li>tid att hålla uppgifterna aktuella</li>
        <li>beredskap att ta emot nya deltagare som kommer till verksamheten via Tarjotin</li>
        <li>beredskap att svara på kontaktbegäranden så snabbt som möjligt under normala verksamhetstider.</li>
      </ul>
      <p>Beskriv er verksamhet tydligt: vad ni gör, för vem och hur man kommer med.</p>

      <h2>Så här kommer du med</h2>
      <p>
        Beställ en anslutningslänk på sidan <a href={ctx.href('/for-organisations')}>För organisationer</a>.
        Anslutningen fungerar så här:
      </p>
      <ol class="guide-steps">
        <li>Du beställer en anslutningslänk till din e-post. Inget lösenord behövs.</li>
        <li>Via länken fyller du i uppgifterna om organisationen och dess verksamheter i ett formulär.</li>
        <li>
          När du sparar uppgifterna får regionens huvudanvändare ett meddelande. Hen kontrollerar och godkänner
          uppgifterna eller ber dig komplettera dem.
        </li>
        <li>De godkända uppgifterna publiceras och invånare och yrkesfolk hittar dem i sökningen.</li>
        <li>
          Du kan senare ändra uppgifterna genom att logga in (Mina organisationer). Också ändringar kontrolleras innan
          de publiceras.
        </li>
      </ol>
      <p>
        Redan nu kan tjänstens administratör importera uppgifter om flera organisationer på en gång från en fil i
        öppna data-format (se <a href="#importformat">Importformat</a>).
      </p>

      <h2>Uppgifter du behöver</h2>
      <h3>Uppgifter om organisationen</h3>
      <ul>
        <li>namn på finska och vid behov på svenska och engelska</li>
        <li>FO-nummer (Y-tunnus)</li>
        <li>organisationsform: förening, stiftelse, församling, takorganisation eller lokalförening</li>
        <li>eventuell moderorganisation</li>
        <li>beskrivning av verksamheten och en kort sammanfattning på lättläst språk</li>
        <li>webbplats, e-post, telefonnummer, adress och länkar till sociala medier</li>
        <li>kontaktpersoner</li>
        <li>de som sköter uppgifterna: en eller flera e-postadresser</li>
        <li>e-postadressen som tar emot kontaktbegäranden</li>
        <li>om verksamheten tar emot nya deltagare just nu.</li>
      </ul>
      <h3>Uppgifter om verksamheterna</h3>
      <ul>
        <li>verksamhetens namn och beskrivning på finska och vid behov på svenska och engelska</li>
        <li>behov och diagnoser som verksamheten hjälper med</li>
        <li>
          form av stöd, till exempel kamratstöd, rådgivning, gruppverksamhet, samtalsstöd, krishjälp,
          vänverksamhet, kurser och läger, motion eller frivilligverksamhet
        </li>
        <li>målgrupper, till exempel barn, unga, familjer, äldre, anhöriga eller invandrare</li>
        <li>kommuner där verksamheten finns, eller på distans / hela Finland</li>
        <li>språk, pris och tillgänglighet</li>
        <li>hur man kommer med: kom direkt, anmäl dig eller remiss behövs</li>
        <li>tidtabell, verksamhetsställen och kontaktperson.</li>
      </ul>

      <h2>Håll uppgifterna aktuella</h2>
      <p>
        Föråldrade uppgifter är den största risken i tjänsten: en klient hänvisas till verksamhet som inte längre
        finns. Kontrollera organisationens uppgifter minst två gånger per år och alltid när verksamheten ändras eller
        upphör.
      </p>
      <p>
        Varje sökträff och organisationskort visar datumet då uppgifterna senast kontrollerades. Då ser invånare och
        yrkesfolk hur färska uppgifterna är.
      </p>
      <ComingLater ctx={ctx}>
        <p>Tarjotin skickar en begäran om kontroll per e-post till dem som sköter uppgifterna två gånger per år.</p>
      </ComingLater>

      <h2>Samarbete med social- och hälsocentraler och familjecentraler</h2>
      <p>
        Centralerna har en kontaktperson för organisationer, och samarbetet avtalas med hen. Centralernas uppgifter, vad
        de erbjuder (broschyrställ, anslagstavlor, infoskärmar, lokaler för grupper) och de tekniska kraven på material
        finns på sidan <a href={ctx.href('/centres')}>Social- och hälsocentraler och familjecentraler</a>.
      </p>
      <ul>
        <li>
          Skicka en broschyr (PDF), en affisch (PDF eller bild) eller ett meddelande för infoskärmen (bild) på sidan{' '}
          <a href={ctx.href('/my/materials/new')}>Skicka material till centraler</a>, till en eller flera centraler på en gång.
        </li>
        <li>Ange giltighetstiden. Materialet försvinner av sig självt när tiden går ut; du får en påminnelse två veckor innan.</li>
        <li>Gör materialet tydligt och tillgängligt: skriv en alternativ text för bilden och visa kontaktuppgifterna. Endast allmännyttig verksamhet.</li>
        <li>Tjänsten kontrollerar filen genast: rätt filformat, storlek, infoskärmens proportioner och PDF-filens sidantal.</li>
        <li>Centralens kontaktperson godkänner materialet eller returnerar det med ett meddelande. Du ser läget på sidan Material till centraler.</li>
      </ul>
      <p>
        Presentationer, evenemang och gruppverksamhet vid centralen avtalas i förväg på sidan{' '}
        <a href={ctx.href('/my/agreements/new')}>Föreslå samarbete till en central</a>: tid, genomförande, praktiska
        frågor, program och kontaktperson. Kontaktpersonen kan godkänna, föreslå en annan tid eller avböja. Det
        avtalade kan läggas till i kalendern, och båda får en påminnelse två dagar innan.
      </p>
      <p>
        Ett meddelande till centralens personal skickar du på sidan{' '}
        <a href={ctx.href('/my/bulletins/new')}>Skicka ett meddelande till personalen</a>: rubrik, text, ämnen (till
        exempel barnfamiljer, äldre, psykisk hälsa och missbruk), språk och centraler. Centralens kontaktperson
        vidarebefordrar det per e-post till de personalgrupper vars arbete ämnena gäller, eller returnerar det med ett
        meddelande. På sidan Meddelanden till social- och hälsocentraler ser du till hur många grupper meddelandet
        vidarebefordrades; de anställdas adresser ser du inte. Centralen kan också själv be er organisation om till
        exempel en presentation på ett personalmöte: begäran kommer per e-post till administratörerna och besvaras som
        ett förslag.
      </p>

      <h3>Kommunens organisationsmöten</h3>
      <p>
        Centralens kontaktperson eller regionens administratör kan bjuda in er organisation till kommunens
        organisationsmöte, där centralens personal berättar om klienternas stödbehov, sina tjänster och möjligheter till
        samarbete. Inbjudan kommer per e-post till administratörerna. På mötets sida (även på sidan{' '}
        <a href={ctx.href('/my/meetings')}>Organisationsmöten</a>) anmäler ni hur många som kommer, namnen och behov som
        tillgänglighet eller specialkost, eller meddelar att ni inte kan komma. Svaret kan ändras tills mötet börjar, och
        mötet finns som .ics-fil för kalendern. Efter mötet finns minnesanteckningarna på sidan, synliga bara för de
        inbjudna.
      </p>
      <p>
        Efter en avtalad presentation, ett evenemang eller en grupp registrerar centralens kontaktperson om den
        genomfördes, antalet deltagare och en kort bedömning. Av dem sammanställs centralens samarbetsrapport.
      </p>

      <h2>Kamrathjälp mellan organisationer</h2>
      <p>
        I <a href={ctx.href('/peer-help')}>kamrathjälpen</a> hjälper anställda och frivilliga i organisationer varandra med
        stödfunktioner: bokföring, finansieringsansökningar, informationssäkerhet, fastighetsfrågor, kommunikation och
        annat. Gå med med din e-postadress; med samma konto kan du både be om hjälp och hjälpa andra.
      </p>
      <ol>
        <li>Gör en hjälparprofil: hemkommun eller postnummer, avstånd, intressanta ämnen, kunnande och språk.</li>
        <li>Be om hjälp i tre steg: vad, var och när, granska och publicera. Du får en bekräftelse per e-post.</li>
        <li>Välj en eller flera sökande. Valet kan bara ångras genom att ställa in förfrågan; de andra tackas.</li>
        <li>Kom överens om detaljerna i förfrågans diskussion, som er organisation och de valda hjälparna ser. När förfrågans sida är öppen visas nya meddelanden av sig själva; utan JavaScript syns de när du laddar om sidan.</li>
        <li>När hjälparen har markerat uppgiften som utförd, godkänn den och ge varandra respons. Responsen syns i profilen.</li>
      </ol>
      <p>
        E-post: välj i profilen om du får meddelanden om nya passande förfrågningar genast eller som en sammanfattning en
        gång om dagen. Om ansökningar har väntat på ditt svar i två arbetsdagar (veckoslut och helgdagar räknas inte) får
        du en påminnelse. Om du ger förfrågan en sista önskad dag och ingen hjälpare har valts när den har gått, får du en
        varning, och förfrågan stängs en vecka senare om du inte håller den öppen med en ny dag. Om olästa meddelanden i
        diskussionerna får du en sammanfattning högst var femtonde minut, utan meddelandenas innehåll.
      </p>

      <h2>Öppna data</h2>
      <p>
        Uppgifterna i Tarjotin är öppna data. Det öppna gränssnittet följer standarden Open Referral HSDS 3.0 (Human
        Services Data Specification). Vem som helst kan använda det utan registrering, och det är endast för läsning.
        Gränssnittet visar bara publicerade uppgifter.
      </p>
      <ApiLinks ctx={ctx} root="Gränssnitt" openapi="OpenAPI-beskrivning" page="Sidan om öppna data" />
      <p>
        Med den finländska profilens parametrar får du med <code>municipality</code> (tresiffrigt kommunnummer)
        tjänster i kommunen och riksomfattande tjänster, och med <code>lang</code> språket (fi, sv eller en).
      </p>

      <h2 id="importformat">Importformat</h2>
      <p>Uppgifter kan importeras som en JSON-fil i HSDS 3.0-format. Filen kan vara</p>
      <ul>
        <li>en lista över organisationer (organization) med sina tjänster (services) inuti</li>
        <li>en lista över tjänster (service) med organisationen (organization) inuti, eller</li>
        <li>en resultatsida från gränssnittet (total_items, contents …).</li>
      </ul>
      <h3>Den finländska profilen</h3>
      <ul>
        <li>
          En kommun är en <code>service_area</code> vars <code>uri</code> är <code>{KUNTA_URI}</code> (NNN är det
          tresiffriga kommunnumret).
        </li>
        <li>
          Riksomfattande tjänst: en <code>service_area</code> med <code>extent_type</code> "text" och{' '}
          <code>extent</code> "FI".
        </li>
        <li>
          FO-numret är en <code>organization_identifier</code> med <code>identifier_type</code> "Y-tunnus".
        </li>
        <li>
          Behov, former av stöd och målgrupper är taxonomier som kopplas till tjänsten med fältet{' '}
          <code>attributes</code>.
        </li>
      </ul>
      <h3>Hur importen fungerar</h3>
      <p>
        Importen uppdaterar posterna enligt deras identifierare (id): att importera samma fil två gånger ändrar
        ingenting. Varje post kontrolleras. En felaktig post avvisas i sin helhet, och sammanfattningen anger orsaken och
        stället i filen. Godkända poster publiceras. Importen görs av tjänstens administratör.
      </p>
      <ImportExample label="Exempel: en organisation och dess tjänst i Kuopio (kommunnummer 297)" />
    </>
  ),

  en: ({ ctx }) => (
    <>
      <p class="guide-lead">
        Social and health NGOs, associations, foundations and parishes can tell residents about their public-benefit
        activities in Tarjotin. The details are found by residents and by health and social care professionals who
        guide their clients to NGO activities.
      </p>

      <h2>Before you join</h2>
      <p>Make sure your organisation has</p>
      <ul>
        <li>time to keep its details up to date</li>
        <li>room for new participants who come to your activities through Tarjotin</li>
        <li>someone to answer contact requests as quickly as possible during normal working hours.</li>
      </ul>
      <p>Describe your activities clearly: what you do, for whom, and how to join.</p>

      <h2>How to get listed</h2>
      <p>
        Order a joining link on the <a href={ctx.href('/for-organisations')}>For organisations</a> page. Joining works
        like this:
      </p>
      <ol class="guide-steps">
        <li>You order a joining link to your e-mail. No password is needed.</li>
        <li>Through the link you fill in the details of your organisation and its activities in a form.</li>
        <li>
          When you save the details, the regional administrator is notified. They check and approve the details or ask
          you to complete them.
        </li>
        <li>Approved details are published, and residents and professionals find them in search.</li>
        <li>
          You can edit the details later by signing in (My organisations). Changes are checked before they are
          published, too.
        </li>
      </ol>
      <p>
        Already now, the service's administrators can import the details of several organisations at once from an open
        data file (see <a href="#import-format">Import format</a>).
      </p>

      <h2>The details you will need</h2>
      <h3>About the organisation</h3>
      <ul>
        <li>name in Finnish and, where you have them, in Swedish and English</li>
        <li>business ID (Y-tunnus)</li>
        <li>kind: association, foundation, parish, umbrella organisation or local branch</li>
        <li>parent organisation, if any</li>
        <li>a description of your activities and a short plain-language summary</li>
        <li>web site, e-mail, phone number, address and social media links</li>
        <li>contact persons</li>
        <li>maintainers of the details: one or more e-mail addresses</li>
        <li>the e-mail address that receives contact requests</li>
        <li>whether you are taking new participants now.</li>
      </ul>
      <h3>About each activity</h3>
      <ul>
        <li>name and description in Finnish and, where you have them, in Swedish and English</li>
        <li>the needs and diagnoses the activity helps with</li>
        <li>
          the kind of support, for example peer support, advice, group activities, someone to talk to, crisis help,
          befriending, courses and camps, exercise or volunteering
        </li>
        <li>target groups, for example children, young people, families, older people, carers or immigrants</li>
        <li>the municipalities where it is available, or remote / all of Finland</li>
        <li>languages, cost and accessibility</li>
        <li>how to join: drop in, register, or a referral is needed</li>
        <li>schedule, places and a contact person.</li>
      </ul>

      <h2>Keeping the details current</h2>
      <p>
        Out-of-date details are the biggest risk to the service: a client is guided to an activity that no longer
        exists. Check your organisation's details at least twice a year, and whenever an activity changes or ends.
      </p>
      <p>
        Every search result and organisation card shows the date the details were last checked, so residents and
        professionals can see how fresh they are.
      </p>
      <ComingLater ctx={ctx}>
        <p>Tarjotin will send maintainers a request to check their details by e-mail twice a year.</p>
      </ComingLater>

      <h2>Working with health and social care centres</h2>
      <p>
        Each centre has an NGO liaison person with whom cooperation is agreed. The centres, what they offer NGOs
        (brochure racks, notice boards, info screens, rooms for groups) and their technical requirements for material
        are on the page <a href={ctx.href('/centres')}>Health and social care centres</a>.
      </p>
      <ul>
        <li>
          Send a brochure (PDF), poster (PDF or image) or info-screen notice (image) on the page{' '}
          <a href={ctx.href('/my/materials/new')}>Send material to centres</a>, to one or several centres at once.
        </li>
        <li>Give the validity period. Material leaves notice boards and screens by itself when it ends; you are reminded two weeks before.</li>
        <li>Make the material clear and accessible: write an alternative text for the image and show your contact details. General-interest activities only.</li>
        <li>The service checks the file at once: its real type, size, the screen’s aspect ratio and a PDF’s page count.</li>
        <li>The centre’s liaison approves the material or returns it with a message. You follow it on the page Material for care centres.</li>
      </ul>
      <p>
        Presentations, events and group activities at a centre are agreed in advance on the page{' '}
        <a href={ctx.href('/my/agreements/new')}>Propose cooperation to a centre</a>: time, way, practicalities,
        programme and contact person. The liaison can accept, propose another time or decline. What is agreed goes into
        your calendar, and both sides are reminded two days before.
      </p>
      <p>
        A bulletin for a centre’s staff is sent on the page{' '}
        <a href={ctx.href('/my/bulletins/new')}>Send a bulletin to staff</a>: title, text, topics (for example families
        with children, older people, mental health and substance use), language and centres. The centre’s liaison
        forwards it by e-mail to the staff groups whose work the topics concern, or returns it with a message. On the
        page Bulletins to care centres you see to how many groups it was forwarded; you never see the staff’s addresses.
        A centre can also ask your organisation for, say, a presentation at a staff meeting: the request reaches your
        maintainers by e-mail and is answered like a proposal.
      </p>

      <h3>The municipality’s NGO meetings</h3>
      <p>
        A centre’s liaison or the region’s administrator can invite your organisation to the municipality’s NGO meeting,
        where the centre’s staff tell about clients’ support needs, their services and opportunities for cooperation,
        and hear NGOs’ ideas. The invitation reaches your maintainers by e-mail. On the meeting’s page (also on the page{' '}
        <a href={ctx.href('/my/meetings')}>NGO meetings</a>) you say how many of you come, their names and any needs such
        as accessibility or diet, or that you cannot come. The answer can be changed until the meeting begins, and the
        meeting is available as an .ics file for your calendar. After the meeting its record is on the page, shown only
        to those invited.
      </p>
      <p>
        After an agreed presentation, event or group, the centre’s liaison records whether it happened, the attendance
        and a short assessment. The centre’s cooperation report is built from them.
      </p>

      <h2>Peer help between organisations</h2>
      <p>
        In <a href={ctx.href('/peer-help')}>peer help</a>, staff and volunteers of organisations help each other with
        support tasks: bookkeeping, funding applications, information security, premises, communications and more. Join
        with your e-mail address; with the same account you can both ask for help and help others.
      </p>
      <ol>
        <li>Make a helper profile: home municipality or postal code, distance, topics of interest, skills and languages.</li>
        <li>Ask for help in three steps: what, where and when, check and publish. You get a confirmation by e-mail.</li>
        <li>Select one or more applicants. A selection can only be undone by cancelling the request; the others are thanked.</li>
        <li>Agree on the details in the request’s conversation, seen by your organisation and the selected helpers. While the request’s page is open, new messages appear by themselves; without JavaScript they show when you reload the page.</li>
        <li>When the helper has marked the task done, approve it and give each other feedback. Feedback shows on profiles.</li>
      </ol>
      <p>
        E-mails: choose in your profile whether you hear of new matching requests at once or in a digest once a day. If
        applications have waited for your answer for two working days (weekends and public holidays do not count), you get
        a reminder. If you give a request a last wished day and no helper has been chosen when it has passed, you get a
        warning, and the request is closed a week later unless you keep it open with a new day. Of unread conversation
        messages you get a summary at most every fifteen minutes, without the messages’ text.
      </p>

      <h2>Open data</h2>
      <p>
        Tarjotin's data is open data. The public API follows the Open Referral HSDS 3.0 standard (Human Services Data
        Specification). Anyone can use it without registering, and it is read-only. It shows published details only.
      </p>
      <ApiLinks ctx={ctx} root="API" openapi="OpenAPI document" page="The open data page" />
      <p>
        The Finnish profile adds the parameters <code>municipality</code> (three-digit municipality code: services
        available there and nationwide ones) and <code>lang</code> (fi, sv or en).
      </p>

      <h2 id="import-format">Import format</h2>
      <p>Data can be imported as a JSON file in the HSDS 3.0 format. The file can be</p>
      <ul>
        <li>a list of organizations with their services nested inside</li>
        <li>a list of services, each with its organization nested inside, or</li>
        <li>a page of API results (total_items, contents …).</li>
      </ul>
      <h3>The Finnish profile</h3>
      <ul>
        <li>
          A municipality is a <code>service_area</code> whose <code>uri</code> is <code>{KUNTA_URI}</code> (NNN is the
          three-digit municipality code).
        </li>
        <li>
          A nationwide service: a <code>service_area</code> with <code>extent_type</code> "text" and <code>extent</code>{' '}
          "FI".
        </li>
        <li>
          The business ID is an <code>organization_identifier</code> with <code>identifier_type</code> "Y-tunnus".
        </li>
        <li>
          Needs, kinds of support and target groups are taxonomies linked to a service through{' '}
          <code>attributes</code>.
        </li>
      </ul>
      <h3>How an import works</h3>
      <p>
        An import updates records by their id: importing the same file twice changes nothing. Every record is checked.
        A record with errors is rejected as a whole, and the summary gives the reason and the place in the file. Accepted
        records are published. Imports are run by the service's administrators.
      </p>
      <ImportExample label="Example: one organisation and its service in Kuopio (municipality code 297)" />
    </>
  ),
};
