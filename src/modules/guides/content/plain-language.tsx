import type { GuideContent } from './guide-content.js';

/**
 * The plain-language guide: selkokieli in Finnish, lättläst in Swedish, easy-read in English.
 * Short sentences, common words, one thing per sentence, headings as questions.
 */
export const plainLanguageGuide: GuideContent = {
  fi: ({ ctx }) => (
    <div class="guide-plain">
      <p>Tarjotin auttaa sinua löytämään tukea.</p>
      <p>Tuki tulee järjestöiltä. Järjestö voi olla esimerkiksi yhdistys tai seurakunta.</p>
      <p>Tuki voi olla ryhmä. Ryhmässä tapaat ihmisiä, joilla on samanlainen tilanne kuin sinulla.</p>
      <p>Tuki voi olla myös neuvoja tai keskustelua.</p>
      <p>Tarjotin on ilmainen. Sinun ei tarvitse kirjautua.</p>

      <h2>Miten löydän tukea?</h2>
      <ol class="guide-steps">
        <li>
          Mene <a href={ctx.href('/')}>etusivulle</a>.
        </li>
        <li>Valitse, mihin tarvitset tukea. Esimerkiksi: yksinäisyys.</li>
        <li>Valitse, millaista tukea haluat. Esimerkiksi: ryhmä.</li>
        <li>Valitse kunta, jossa asut.</li>
        <li>Paina nappia Hae.</li>
      </ol>
      <p>Sinun ei tarvitse valita kaikkea. Yksi valinta riittää.</p>
      <p>Voit myös kirjoittaa hakusanan.</p>

      <h2>Mitä näen haun jälkeen?</h2>
      <p>Näet listan. Listassa on järjestöjä ja niiden toimintaa.</p>
      <p>Valintasi näkyvät hakukenttien alla.</p>
      <p>Voit poistaa valinnan. Paina silloin merkkiä × valinnan vieressä.</p>

      <h2>Miten saan lisää tietoa?</h2>
      <p>Paina järjestön nimeä. Silloin näet järjestön tiedot.</p>
      <p>Paina tekstiä Katso kaikki tiedot. Silloin näet kaikki tiedot.</p>
      <p>Tiedoissa on yleensä puhelinnumero tai sähköposti.</p>
      <p>Voit soittaa järjestöön. Voit myös lähettää sähköpostia.</p>

      <h2>Voiko järjestö soittaa minulle?</h2>
      <p>Ei vielä.</p>
      <p>Myöhemmin voit pyytää, että järjestö soittaa sinulle.</p>
      <p>Nyt voit itse soittaa järjestöön.</p>

      <h2>Tarvitsetko apua heti?</h2>
      <p>Tarjotin ei ole hätäpalvelu.</p>
      <p>Jos tarvitset apua heti, soita numeroon 112.</p>
    </div>
  ),

  sv: ({ ctx }) => (
    <div class="guide-plain">
      <p>Tarjotin hjälper dig att hitta stöd.</p>
      <p>Stödet kommer från organisationer. En organisation kan till exempel vara en förening eller en församling.</p>
      <p>Stödet kan vara en grupp. I gruppen träffar du andra som har det som du.</p>
      <p>Stödet kan också vara råd eller samtal.</p>
      <p>Tarjotin är gratis. Du behöver inte logga in.</p>

      <h2>Hur hittar jag stöd?</h2>
      <ol class="guide-steps">
        <li>
          Gå till <a href={ctx.href('/')}>startsidan</a>.
        </li>
        <li>Välj vad du behöver stöd för. Till exempel: ensamhet.</li>
        <li>Välj vilket stöd du vill ha. Till exempel: grupp.</li>
        <li>Välj kommunen där du bor.</li>
        <li>Tryck på knappen Sök.</li>
      </ol>
      <p>Du behöver inte välja allt. Det räcker med ett val.</p>
      <p>Du kan också skriva ett sökord.</p>

      <h2>Vad ser jag efter sökningen?</h2>
      <p>Du ser en lista. I listan finns organisationer och det som de gör.</p>
      <p>Dina val syns under sökfälten.</p>
      <p>Du kan ta bort ett val. Tryck då på tecknet × bredvid valet.</p>

      <h2>Hur får jag veta mer?</h2>
      <p>Tryck på organisationens namn. Då ser du uppgifter om organisationen.</p>
      <p>Tryck på Se alla uppgifter. Då ser du allt.</p>
      <p>Där finns oftast ett telefonnummer eller en e-postadress.</p>
      <p>Du kan ringa till organisationen. Du kan också skicka e-post.</p>
      <p>En del texter finns bara på finska.</p>

      <h2>Kan organisationen ringa mig?</h2>
      <p>Inte än.</p>
      <p>Senare kan du be att organisationen ringer dig.</p>
      <p>Nu kan du själv ringa till organisationen.</p>

      <h2>Behöver du hjälp genast?</h2>
      <p>Tarjotin är ingen nödtjänst.</p>
      <p>Om du behöver hjälp genast, ring 112.</p>
    </div>
  ),

  en: ({ ctx }) => (
    <div class="guide-plain">
      <p>Tarjotin helps you find support.</p>
      <p>The support comes from organisations. An organisation can be a club, a charity or a church.</p>
      <p>The support can be a group. In the group you meet people who are in the same situation as you.</p>
      <p>The support can also be advice or someone to talk to.</p>
      <p>Tarjotin is free. You do not need to sign in.</p>

      <h2>How do I find support?</h2>
      <ol class="guide-steps">
        <li>
          Go to the <a href={ctx.href('/')}>front page</a>.
        </li>
        <li>Choose what you need support with. For example: loneliness.</li>
        <li>Choose the kind of support you want. For example: a group.</li>
        <li>Choose the town where you live.</li>
        <li>Press the Search button.</li>
      </ol>
      <p>You do not need to choose everything. One choice is enough.</p>
      <p>You can also type a word to search for.</p>

      <h2>What do I see after I search?</h2>
      <p>You see a list. The list shows organisations and what they do.</p>
      <p>Your choices are shown under the search boxes.</p>
      <p>You can remove a choice. Press the × next to the choice.</p>

      <h2>How do I find out more?</h2>
      <p>Press the name of an organisation. Then you see its details.</p>
      <p>Press See all details. Then you see everything.</p>
      <p>The details usually have a phone number or an e-mail address.</p>
      <p>You can phone the organisation. You can also send an e-mail.</p>
      <p>Some texts are only in Finnish.</p>

      <h2>Can the organisation phone me?</h2>
      <p>Not yet.</p>
      <p>Later you can ask the organisation to phone you.</p>
      <p>For now, you can phone the organisation yourself.</p>

      <h2>Do you need help now?</h2>
      <p>Tarjotin is not an emergency service.</p>
      <p>If you need help now, phone 112.</p>
    </div>
  ),
};
