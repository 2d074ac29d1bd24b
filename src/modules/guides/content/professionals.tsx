import { ComingLater, type GuideContent } from './guide-content.js';

/** The guide for health and social care professionals: guiding a client to NGO support in a few minutes. */
export const professionalsGuide: GuideContent = {
  fi: ({ ctx }) => (
    <>
      <p class="guide-lead">
        Tarjotin on työväline asiakkaan ohjaamiseen sosiaali- ja terveysalan järjestöjen toimintaan: yksi luukku ja
        kolme valintaa. Ohjaus vie muutaman minuutin, ja sen voi tehdä yhdessä asiakkaan kanssa vastaanotolla.
      </p>

      <h2>Ohjaus muutamassa minuutissa</h2>
      <ol class="guide-steps">
        <li>
          Keskustele asiakkaan kanssa, millaista tukea hän kaipaa. Kaikkia asiakkaita ei tarvitse ohjata järjestöihin:
          arvioikaa yhdessä, olisiko esimerkiksi vertaistuesta apua.
        </li>
        <li>
          Valitse etusivulla <strong>Mihin etsit tukea?</strong> eli tarve tai diagnoosi.
        </li>
        <li>
          Valitse <strong>Millaista tukea etsit?</strong>, esimerkiksi vertaistuki tai keskusteluapu. Jätä valinta
          tyhjäksi, jos asiakas ei vielä tiedä.
        </li>
        <li>
          Valitse <strong>Miltä alueelta etsit tukea?</strong> eli yleensä asiakkaan kotikunta. Tuloksissa ovat mukana
          myös etänä koko Suomeen tarjottavat palvelut.
        </li>
        <li>
          Käy tulokset läpi asiakkaan kanssa. Jos tuloksia on vähän, poista jokin rajaus sen ×-merkistä. Hakusivulla
          näkyy, montako toimintaa kullakin valinnalla löytyy.
        </li>
        <li>
          Avaa sopivan järjestön kortti ja sieltä <strong>Katso kaikki tiedot</strong>. Tarkista, kenelle toiminta on
          tarkoitettu, miten mukaan pääsee ja milloin tiedot on viimeksi tarkistettu.
        </li>
      </ol>

      <h2>Anna tiedot asiakkaalle</h2>
      <ul>
        <li>
          <strong>Tulosta</strong> järjestökortti tai toiminnan sivu selaimen tulostustoiminnolla (Ctrl + P).
          Tulosteessa ei ole sivuston valikoita, ja verkko-osoitteet näkyvät kokonaan.
        </li>
        <li>
          <strong>Jaa osoite</strong>: hakutuloksen, järjestökortin ja toiminnan sivun osoite on tavallinen
          verkko-osoite, jonka voit kirjoittaa tai lähettää asiakkaalle.
        </li>
        <li>
          Kerro asiakkaalle, että hän voi ottaa yhteyttä järjestöön itse kortilla olevilla yhteystiedoilla.
        </li>
      </ul>

      <h2>Järjestöt omassa sote-keskuksessa</h2>
      <p>
        Oman keskuksesi sivulta (<a href={ctx.href('/centres')}>Sote- ja perhekeskukset</a>) näet keskuksen kunnassa
        toimivat järjestöt ja tulevat tapahtumat. Ilmoitustaulun tulostusnäkymä kokoaa voimassa olevat julisteet ja
        sivun lähialueen järjestötoimintaa A4-paperille. Keskuksen järjestöyhdyshenkilö hyväksyy järjestöjen
        aineistot ilmoitustauluille ja infotaululle; hyväksytty aineisto poistuu itsestään, kun sen voimassaolo päättyy.
      </p>
      <p>
        Järjestöt lähettävät keskukselle myös tiedotteita henkilöstölle. Yhdyshenkilö pitää keskuksen henkilöstöryhmiä
        (esimerkiksi Lapsiperheiden palvelut) ja niiden aiheita ja välittää tiedotteen sähköpostilla niille ryhmille,
        joiden työtä se koskee. Viestin lopussa kerrotaan, kuka sen välitti ja minkä ryhmän jäsenenä sait sen. Jos et
        halua tiedotteita tai haluat uuteen ryhmään, kerro keskuksen järjestöyhdyshenkilölle. Osoitteesi näkyy vain
        keskuksen yhdyshenkilöille, ei järjestöille. Toiveet järjestövierailusta tai esittelystä henkilöstön
        kokouksessa voi välittää yhdyshenkilölle, joka lähettää pyynnön järjestölle palvelun kautta.
      </p>

      <p>
        Keskuksen yhdyshenkilö voi kutsua sinut kunnan järjestötapaamiseen, jossa tutustut alueen järjestöihin ja
        kerrot asiakkaiden tuen tarpeista ja palveluistanne. Kutsussa on henkilökohtainen linkki: sen kautta ilmoittaudut
        (ja kerrot tarpeista, kuten ruokavaliosta) ilman tunnuksia, ja samasta linkistä näet tapaamisen muistion, kun se
        on kirjoitettu. Älä jaa linkkiä. Osoitteesi näkyy vain tapaamisen järjestäjille.
      </p>
      <p>
        Yhdyshenkilö kirjaa sovituista esittelyistä, tapahtumista ja ryhmistä, toteutuivatko ne, osallistujamäärän ja
        lyhyen arvion. Keskuksen yhteistyöraportti (aineistot, esittelyt, tapahtumat, ryhmät, tapaamiset, mukana olleet
        järjestöt ja teemat valitulta ajalta, myös CSV-tiedostona) on yhdyshenkilöiden ja alueen ylläpitäjien käytössä.
      </p>

      <h2>Hyvä tietää</h2>
      <ul>
        <li>
          Järjestöt ylläpitävät tietojaan itse. Jokaisessa tuloksessa näkyy, milloin tiedot on viimeksi tarkistettu.
          Jos päivämäärä on vanha, varmista tiedot järjestöltä.
        </li>
        <li>
          Älä kirjoita asiakkaan nimeä tai muita henkilötietoja hakusanakenttään. Hakusana näkyy sivun osoitteessa.
        </li>
        <li>
          Tarjotin ei korvaa kiireellistä apua. Kriisitilanteessa ohjaa asiakas päivystykseen tai hätänumeroon 112.
        </li>
        <li>
          Voit esitellä Tarjottimen työyhteisöllesi noin kymmenessä minuutissa: haku kolmella kysymyksellä,
          järjestökortti ja tulostus. Tämän ohjeen voi jakaa esittelyn jälkeen.
        </li>
      </ul>

      <h2>Tulossa</h2>
      <ComingLater ctx={ctx}>
        <ul>
          <li>
            <strong>Yhteydenottopyyntö</strong>: lähetät asiakkaan luvalla hänen yhteystietonsa (puhelinnumeron ja/tai
            sähköpostiosoitteen) järjestölle, ja järjestö ottaa yhteyttä asiakkaaseen.
          </li>
          <li>
            <strong>Tarjotin-kori</strong>: kokoat useita järjestöjä yhteen ja lähetät niille pyynnön kerralla.
          </li>
          <li>
            <strong>Tiedot sähköpostilla</strong>: lähetät järjestöjen yhteystiedot asiakkaan sähköpostiin.
          </li>
          <li>
            <strong>Kirjautuminen</strong> sähköpostiin tulevalla kertakäyttöisellä linkillä, jotta voit seurata, mitä
            lähettämillesi pyynnöille on tapahtunut.
          </li>
        </ul>
        <p>Nämä toiminnot eivät ole vielä käytössä.</p>
      </ComingLater>
    </>
  ),

  sv: ({ ctx }) => (
    <>
      <p class="guide-lead">
        Tarjotin är ett verktyg för att hänvisa klienter till verksamhet som ordnas av organisationer inom social- och
        hälsovården: en dörr och tre val. Hänvisningen tar några minuter och kan göras tillsammans med klienten under
        besöket.
      </p>

      <h2>Hänvisning på några minuter</h2>
      <ol class="guide-steps">
        <li>
          Tala med klienten om vilket slags stöd hen behöver. Alla klienter behöver inte hänvisas till organisationer:
          bedöm tillsammans om till exempel kamratstöd kunde hjälpa.
        </li>
        <li>
          Välj på startsidan <strong>vad stödet behövs för</strong>, det vill säga behov eller diagnos.
        </li>
        <li>
          Välj <strong>vilket slags stöd</strong>, till exempel kamratstöd eller samtalsstöd. Lämna valet tomt om
          klienten inte vet ännu.
        </li>
        <li>
          Välj <strong>område</strong>, oftast klientens hemkommun. Resultaten omfattar också tjänster som ges på
          distans i hela Finland.
        </li>
        <li>
          Gå igenom resultaten med klienten. Om det finns få träffar, ta bort ett filter med krysset ×. Söksidan visar
          hur många verksamheter varje val ger.
        </li>
        <li>
          Öppna kortet för en lämplig organisation och därifrån <strong>Se alla uppgifter</strong>. Kontrollera för vem verksamheten är, hur man
          kommer med och när uppgifterna senast kontrollerades.
        </li>
      </ol>

      <h2>Ge uppgifterna till klienten</h2>
      <ul>
        <li>
          <strong>Skriv ut</strong> organisationskortet eller verksamhetens sida med webbläsarens utskriftsfunktion
          (Ctrl + P). Utskriften har inga menyer och webbadresserna syns i sin helhet.
        </li>
        <li>
          <strong>Dela adressen</strong>: adressen till sökresultatet, organisationskortet och verksamhetens sida är
          vanliga webbadresser som du kan skriva ner eller skicka till klienten.
        </li>
        <li>Berätta för klienten att hen själv kan kontakta organisationen med kontaktuppgifterna på kortet.</li>
      </ul>

      <h2>Organisationer i din egen central</h2>
      <p>
        På din centrals sida (<a href={ctx.href('/centres')}>Social- och hälsocentraler och familjecentraler</a>) ser
        du organisationerna i centralens kommun och kommande evenemang. Utskriftsvyn för anslagstavlan samlar giltiga
        affischer och en sida om organisationernas verksamhet i närheten på A4-papper. Centralens kontaktperson
        godkänner organisationernas material för anslagstavlor och infoskärm; godkänt material försvinner av sig självt
        när giltigheten upphör.
      </p>
      <p>
        Organisationerna skickar också meddelanden till centralens personal. Kontaktpersonen håller centralens
        personalgrupper (till exempel Tjänster för barnfamiljer) och deras ämnen och vidarebefordrar meddelandet per
        e-post till de grupper vars arbete det gäller. I slutet av e-postmeddelandet står vem som vidarebefordrade det och
        som medlem i vilken grupp du fick det. Om du inte vill ha meddelanden eller vill med i en ny grupp, säg till
        centralens kontaktperson. Din adress syns bara för centralens kontaktpersoner, inte för organisationerna. Önskemål
        om ett besök av en organisation eller en presentation på ett personalmöte kan du ge kontaktpersonen, som skickar
        en begäran till organisationen via tjänsten.
      </p>

      <p>
        Centralens kontaktperson kan bjuda in dig till kommunens organisationsmöte. Inbjudan har en personlig länk: med
        den anmäler du dig (och berättar om behov som specialkost) utan konto, och med samma länk ser du mötets
        minnesanteckningar när de har skrivits. Dela inte länken. Din adress syns bara för mötets arrangörer.
      </p>
      <p>
        Kontaktpersonen registrerar om avtalade presentationer, evenemang och grupper genomfördes, antalet deltagare och
        en kort bedömning. Centralens samarbetsrapport för en vald period, även som CSV-fil, är till för kontaktpersonerna
        och regionens administratörer.
      </p>

      <h2>Bra att veta</h2>
      <ul>
        <li>
          Organisationerna uppdaterar själva sina uppgifter. Varje träff visar när uppgifterna senast kontrollerades.
          Om datumet är gammalt, kontrollera uppgifterna med organisationen.
        </li>
        <li>
          Skriv inte klientens namn eller andra personuppgifter i sökordsfältet. Sökordet syns i sidans adress.
        </li>
        <li>
          Tarjotin ersätter inte brådskande hjälp. I en krissituation ska du hänvisa klienten till jouren eller
          nödnumret 112.
        </li>
        <li>
          Du kan presentera Tarjotin för din arbetsgemenskap på ungefär tio minuter: sökningen med tre frågor,
          organisationskortet och utskriften. Dela gärna den här anvisningen efteråt.
        </li>
      </ul>

      <h2>På kommande</h2>
      <ComingLater ctx={ctx}>
        <ul>
          <li>
            <strong>Kontaktbegäran</strong>: med klientens samtycke skickar du hens kontaktuppgifter (telefonnummer
            och/eller e-postadress) till organisationen, som kontaktar klienten.
          </li>
          <li>
            <strong>Korg</strong>: du samlar flera organisationer och skickar en begäran till alla på en gång.
          </li>
          <li>
            <strong>Uppgifter per e-post</strong>: du skickar organisationernas kontaktuppgifter till klientens
            e-post.
          </li>
          <li>
            <strong>Inloggning</strong> med en engångslänk som skickas per e-post, så att du kan följa vad som hänt med
            de begäranden du skickat.
          </li>
        </ul>
        <p>Dessa funktioner är inte i bruk ännu.</p>
      </ComingLater>
    </>
  ),

  en: ({ ctx }) => (
    <>
      <p class="guide-lead">
        Tarjotin is a tool for guiding clients to the activities of social and health NGOs: one door and three choices.
        It takes a few minutes and can be done together with the client during an appointment.
      </p>

      <h2>Guiding a client in a few minutes</h2>
      <ol class="guide-steps">
        <li>
          Talk with the client about the kind of support they would like. Not every client needs to be guided to an
          NGO: consider together whether peer support, for example, could help.
        </li>
        <li>
          On the front page, choose <strong>what the support is needed for</strong>: a need or a diagnosis.
        </li>
        <li>
          Choose <strong>the kind of support</strong>, for example peer support or someone to talk to. Leave it empty if
          the client is not sure yet.
        </li>
        <li>
          Choose <strong>the area</strong>, usually the client's home municipality. The results also include services
          offered remotely anywhere in Finland.
        </li>
        <li>
          Go through the results with the client. If there are only a few, remove a filter with its ×. The search page
          shows how many activities each choice would give.
        </li>
        <li>
          Open the card of a suitable organisation and then <strong>See all details</strong>. Check who the activity is for, how to
          join and when the details were last checked.
        </li>
      </ol>

      <h2>Giving the details to the client</h2>
      <ul>
        <li>
          <strong>Print</strong> the organisation card or the activity page with the browser's print function (Ctrl +
          P). The printout has no menus, and web addresses are printed in full.
        </li>
        <li>
          <strong>Share the address</strong>: results pages, organisation cards and activity pages have ordinary web
          addresses that you can write down or send to the client.
        </li>
        <li>Tell the client they can contact the organisation themselves with the details on the card.</li>
      </ul>

      <h2>NGOs at your own centre</h2>
      <p>
        Your centre’s page (<a href={ctx.href('/centres')}>Health and social care centres</a>) lists the NGOs active in
        its municipality and coming events. The notice-board print view gathers the current posters and a page of NGO
        activities nearby on A4 paper. The centre’s NGO liaison person approves NGOs’ material for the notice boards
        and info screen; approved material disappears by itself when its validity ends.
      </p>
      <p>
        NGOs also send bulletins for the centre’s staff. The liaison keeps the centre’s staff groups (for example
        Services for families with children) and their topics, and forwards a bulletin by e-mail to the groups whose work
        it concerns. The end of the e-mail says who forwarded it and as a member of which group you got it. If you do
        not want bulletins, or want to join another group, tell the centre’s NGO liaison person. Your address is shown
        only to the centre’s liaisons, never to NGOs. Wishes for an NGO visit or a presentation at a staff meeting can go
        to the liaison, who sends the request to the NGO through the service.
      </p>

      <p>
        The centre’s liaison can invite you to the municipality’s NGO meeting. The invitation has a personal link: with
        it you register (and mention needs such as a diet) without an account, and the same link shows the meeting’s
        record once it is written. Do not share the link. Only the meeting’s organisers see your address.
      </p>
      <p>
        The liaison records whether agreed presentations, events and groups happened, their attendance and a short
        assessment. The centre’s cooperation report for a chosen period, also as a CSV file, is for the liaisons and the
        region’s administrators.
      </p>

      <h2>Good to know</h2>
      <ul>
        <li>
          Organisations keep their own details up to date. Every result shows when its details were last checked. If
          the date is old, confirm the details with the organisation.
        </li>
        <li>
          Do not type the client's name or other personal data in the keyword field. The keyword appears in the page
          address.
        </li>
        <li>
          Tarjotin does not replace urgent help. In a crisis, guide the client to emergency care or the emergency number
          112.
        </li>
        <li>
          You can introduce Tarjotin to your team in about ten minutes: the three-question search, the organisation card
          and printing. Share this guide afterwards.
        </li>
      </ul>

      <h2>Coming</h2>
      <ComingLater ctx={ctx}>
        <ul>
          <li>
            <strong>Contact requests</strong>: with the client's consent, you send their contact details (phone number
            and/or e-mail address) to the organisation, and the organisation contacts the client.
          </li>
          <li>
            <strong>The tray</strong>: collect several organisations and send them one request at once.
          </li>
          <li>
            <strong>Details by e-mail</strong>: send organisations' contact details to the client's e-mail.
          </li>
          <li>
            <strong>Signing in</strong> with a one-time link sent by e-mail, so you can follow what became of the
            requests you sent.
          </li>
        </ul>
        <p>These features are not available yet.</p>
      </ComingLater>
    </>
  ),
};
