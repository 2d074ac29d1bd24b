import { ComingLater, type GuideContent } from './guide-content.js';

/** The guide for residents: searching with the three questions, chips, the organisation card. */
export const residentsGuide: GuideContent = {
  fi: ({ ctx }) => (
    <>
      <p class="guide-lead">
        Tarjottimesta löydät sosiaali- ja terveysalan järjestöjen, yhdistysten ja seurakuntien tukea: vertaistukea,
        neuvontaa, ryhmiä, keskusteluapua ja paljon muuta. Palvelu on maksuton, eikä hakuun tarvitse kirjautua.
      </p>

      <h2>Hae kolmella kysymyksellä</h2>
      <p>Etusivulla on kolme kysymystä. Vastaa niihin, joihin haluat. Yksikin vastaus riittää.</p>
      <ol class="guide-steps">
        <li>
          <strong>Mihin etsit tukea?</strong> Valitse elämäntilanne tai terveyden haaste, esimerkiksi yksinäisyys,
          masennus tai muistisairaudet.
        </li>
        <li>
          <strong>Millaista tukea etsit?</strong> Valitse tuen muoto, esimerkiksi vertaistuki, neuvonta tai
          ryhmätoiminta.
        </li>
        <li>
          <strong>Miltä alueelta etsit tukea?</strong> Valitse kunta. Tuloksissa näkyy kunnassa tarjolla oleva toiminta
          ja lisäksi tuki, jota saa etänä koko Suomessa, kuten auttavat puhelimet ja verkkoryhmät.
        </li>
      </ol>
      <p>
        Voit kirjoittaa myös <strong>hakusanan</strong>, esimerkiksi järjestön nimen tai sanan kävelyryhmä. Hakusana
        toimii yksinään tai yhdessä valintojen kanssa.
      </p>
      <p>
        Hakutuloksen osoite on tavallinen verkko-osoite. Voit tallentaa sen kirjanmerkiksi tai lähettää sen
        läheisellesi.
      </p>
      <p>
        <a href={ctx.href('/')}>{ctx.t('guides.startSearch')}</a>
      </p>

      <h2>Hakutulokset ja rajaukset</h2>
      <p>
        Hakutuloksissa kerrotaan, montako toimintaa löytyi. Jokaisessa tuloksessa näkyy järjestö, toiminta, alue, jolla
        toiminta on tarjolla (tai etänä / koko Suomi), tuen muoto ja päivä, jolloin tiedot on viimeksi tarkistettu.
        Voit järjestää tulokset osuvuuden tai nimen (A–Ö) mukaan.
      </p>
      <p>
        Valintasi näkyvät hakukenttien alla rajauksina. Voit poistaa yhden rajauksen sen vieressä olevasta
        ×-merkistä. Muut valinnat pysyvät ennallaan, joten voit palata haussa askeleen taaksepäin.
      </p>
      <p>Jos tuloksia ei löydy, poista jokin rajaus tai kokeile toista hakusanaa.</p>

      <h2>Järjestökortti</h2>
      <p>
        Kun painat tuloksessa järjestön nimeä, avautuu järjestökortti. Siinä on järjestön perustiedot ja
        yhteystiedot. <strong>Katso kaikki tiedot</strong> näyttää koko järjestökortin: kaikki järjestön toiminnat ja
        tiedot.
      </p>
      <p>
        Toiminnan nimestä avautuu toiminnan oma sivu. Siinä kerrotaan toiminnasta tarkemmin, esimerkiksi kenelle se on
        tarkoitettu ja miten mukaan pääsee.
      </p>
      <p>
        Voit tulostaa kortin selaimen tulostustoiminnolla. Tulosteessa ei ole sivuston valikoita, vain järjestön
        tiedot.
      </p>

      <h2>Kaikki järjestöt</h2>
      <p>
        Sivulla <a href={ctx.href('/organisations')}>Kaikki järjestöt</a> näet kaikki palvelussa mukana olevat
        järjestöt aakkosjärjestyksessä. Voit siirtyä alkukirjaimen kohdalle ja rajata luetteloa kunnan mukaan.
      </p>

      <h2>Pyydä järjestöä ottamaan yhteyttä</h2>
      <ComingLater ctx={ctx}>
        <p>
          Yhteydenottopyyntö ei ole vielä käytössä. Myöhemmin voit jättää järjestökortilla pyynnön, että järjestö ottaa
          sinuun yhteyttä puhelimella tai sähköpostilla. Samalla tulee Tarjotin-kori, johon voit koota useita järjestöjä
          ja lähettää pyynnön niille kaikille kerralla.
        </p>
      </ComingLater>
      <p>Siihen asti ota yhteyttä järjestöön suoraan järjestökortilla olevilla yhteystiedoilla.</p>

      <h2>Kielet ja selkokieli</h2>
      <p>
        Palvelu toimii suomeksi, ruotsiksi ja englanniksi. Voit vaihtaa kielen sivun yläreunasta, ja pysyt samalla
        sivulla. Järjestöjen omat kuvaukset voivat olla vain suomeksi. Palvelusta on myös{' '}
        <a href={ctx.href('/guides/plain-language')}>selkokielinen ohje</a>.
      </p>

      <h2>Jos tarvitset apua heti</h2>
      <p>
        Tarjotin ei ole kiireellisen avun palvelu. Hätätilanteessa soita hätänumeroon <strong>112</strong>.
      </p>
    </>
  ),

  sv: ({ ctx }) => (
    <>
      <p class="guide-lead">
        I Tarjotin hittar du stöd från organisationer, föreningar och församlingar inom social- och hälsovården:
        kamratstöd, rådgivning, grupper, samtalsstöd och mycket mer. Tjänsten är avgiftsfri och du behöver inte logga
        in för att söka.
      </p>

      <h2>Sök med tre frågor</h2>
      <p>På startsidan finns tre frågor. Svara på de frågor du vill. Det räcker med ett svar.</p>
      <ol class="guide-steps">
        <li>
          <strong>Vad söker du stöd för?</strong> Välj en livssituation eller en hälsoutmaning, till exempel ensamhet,
          depression eller minnessjukdomar.
        </li>
        <li>
          <strong>Vilket slags stöd söker du?</strong> Välj en form av stöd, till exempel kamratstöd, rådgivning eller
          gruppverksamhet.
        </li>
        <li>
          <strong>Från vilket område söker du stöd?</strong> Välj en kommun. Resultaten visar verksamheten i kommunen
          och dessutom stöd som finns på distans i hela Finland, till exempel hjälptelefoner och nätgrupper.
        </li>
      </ol>
      <p>
        Du kan också skriva ett <strong>sökord</strong>, till exempel namnet på en organisation eller ordet
        promenadgrupp. Sökordet fungerar ensamt eller tillsammans med valen.
      </p>
      <p>
        Adressen till sökresultatet är en vanlig webbadress. Du kan spara den som bokmärke eller skicka den till en
        närstående.
      </p>
      <p>
        <a href={ctx.href('/')}>{ctx.t('guides.startSearch')}</a>
      </p>

      <h2>Sökresultat och filter</h2>
      <p>
        Sökresultatet visar hur många verksamheter som hittades. Vid varje träff syns organisationen, verksamheten,
        området där den finns (eller på distans / hela Finland), formen av stöd och datumet då uppgifterna senast
        kontrollerades. Du kan ordna resultaten efter relevans eller namn (A–Ö).
      </p>
      <p>
        Dina val syns som filter under sökfälten. Du kan ta bort ett filter med krysset × bredvid det. De andra valen
        blir kvar, så du kan gå ett steg tillbaka i sökningen.
      </p>
      <p>Om du inte får några träffar, ta bort ett filter eller pröva ett annat sökord.</p>

      <h2>Organisationskortet</h2>
      <p>
        När du trycker på organisationens namn i en träff öppnas organisationskortet. Där finns organisationens
        grunduppgifter och kontaktuppgifter. <strong>Se alla uppgifter</strong> visar hela kortet: alla
        verksamheter och uppgifter om organisationen.
      </p>
      <p>
        Verksamhetens namn leder till en egen sida om verksamheten. Där berättas mer, till exempel för vem den är och
        hur man kommer med.
      </p>
      <p>Du kan skriva ut kortet med webbläsarens utskriftsfunktion. Utskriften har inga menyer, bara uppgifterna.</p>

      <h2>Alla organisationer</h2>
      <p>
        På sidan <a href={ctx.href('/organisations')}>Alla organisationer</a> ser du alla organisationer i tjänsten i
        alfabetisk ordning. Du kan hoppa till en begynnelsebokstav och avgränsa listan efter kommun.
      </p>

      <h2>Be en organisation kontakta dig</h2>
      <ComingLater ctx={ctx}>
        <p>
          Kontaktbegäran är inte i bruk ännu. Senare kan du lämna en begäran på organisationskortet om att
          organisationen kontaktar dig per telefon eller e-post. Samtidigt kommer en korg där du kan samla flera
          organisationer och skicka en begäran till alla på en gång.
        </p>
      </ComingLater>
      <p>Tills vidare kan du kontakta organisationen direkt med kontaktuppgifterna på kortet.</p>

      <h2>Språk och lättläst</h2>
      <p>
        Tjänsten finns på finska, svenska och engelska. Du kan byta språk högst upp på sidan och stannar då på samma
        sida. Organisationernas egna beskrivningar kan finnas bara på finska. Det finns också en{' '}
        <a href={ctx.href('/guides/plain-language')}>anvisning på lättläst svenska</a>.
      </p>

      <h2>Om du behöver hjälp genast</h2>
      <p>
        Tarjotin är ingen tjänst för brådskande hjälp. I nödsituationer ska du ringa nödnumret <strong>112</strong>.
      </p>
    </>
  ),

  en: ({ ctx }) => (
    <>
      <p class="guide-lead">
        Tarjotin helps you find support from social and health NGOs, associations and parishes: peer support, advice,
        groups, someone to talk to and much more. The service is free, and you do not need to sign in to search.
      </p>

      <h2>Search with three questions</h2>
      <p>The front page asks three questions. Answer the ones you want to. One answer is enough.</p>
      <ol class="guide-steps">
        <li>
          <strong>What do you need support with?</strong> Choose a life situation or a health challenge, for example
          loneliness, depression or memory disorders.
        </li>
        <li>
          <strong>What kind of support are you looking for?</strong> Choose a kind of support, for example peer
          support, advice or group activities.
        </li>
        <li>
          <strong>Which area are you looking for support in?</strong> Choose a municipality. The results show what is
          available there, and also support available remotely anywhere in Finland, such as helplines and online
          groups.
        </li>
      </ol>
      <p>
        You can also type a <strong>keyword</strong>, for example the name of an organisation or a word such as walking
        group. A keyword works on its own or together with your choices.
      </p>
      <p>The address of a results page is an ordinary web address. You can bookmark it or send it to someone.</p>
      <p>
        <a href={ctx.href('/')}>{ctx.t('guides.startSearch')}</a>
      </p>

      <h2>Results and filters</h2>
      <p>
        The results page tells you how many activities were found. Each result shows the organisation, the activity,
        the area where it is available (or remote / all of Finland), the kind of support and the date the details were
        last checked. You can sort the results by relevance or by name (A–Z).
      </p>
      <p>
        Your choices are shown as filters below the search fields. Remove one filter with the × next to it. Your other
        choices stay, so you can take one step back in your search.
      </p>
      <p>If nothing is found, remove a filter or try another keyword.</p>

      <h2>The organisation card</h2>
      <p>
        Select the name of an organisation in a result to open its card. The card shows the organisation's basic
        details and contact details. <strong>See all details</strong> opens the full card: all the organisation's
        activities and information.
      </p>
      <p>
        The name of an activity opens a page about that activity. It tells you more, for example who it is for and how
        to join.
      </p>
      <p>You can print a card with your browser's print function. The printout has no menus, only the details.</p>

      <h2>All organisations</h2>
      <p>
        The page <a href={ctx.href('/organisations')}>All organisations</a> lists every organisation in the service
        from A to Z. You can jump to a first letter and filter the list by municipality.
      </p>

      <h2>Ask an organisation to contact you</h2>
      <ComingLater ctx={ctx}>
        <p>
          Contact requests are not available yet. Later you will be able to leave a request on an organisation card,
          and the organisation will contact you by phone or e-mail. A tray will come at the same time: collect several
          organisations on it and send them all one request.
        </p>
      </ComingLater>
      <p>Until then, contact the organisation directly with the contact details on its card.</p>

      <h2>Languages and easy-to-read guide</h2>
      <p>
        The service works in Finnish, Swedish and English. Change the language at the top of the page; you stay on the
        same page. Organisations' own descriptions may be in Finnish only. There is also an{' '}
        <a href={ctx.href('/guides/plain-language')}>easy-to-read guide</a>.
      </p>

      <h2>If you need help now</h2>
      <p>
        Tarjotin is not an emergency service. In an emergency, call the emergency number <strong>112</strong>.
      </p>
    </>
  ),
};
