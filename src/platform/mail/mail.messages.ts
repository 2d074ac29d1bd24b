/** Messages of the e-mail frame and the platform's own e-mails. Every key exists in fi, sv and en (a test checks). */
export const mailMessages = {
  fi: {
    'mail.footer.automatic': 'Tämä on automaattinen viesti Tarjottimesta. Älä vastaa tähän viestiin.',
    'mail.footer.site': 'Tarjotin – järjestöjen tuki yhdestä paikasta',
    'mail.test.subject': 'Tarjottimen testiviesti',
    'mail.test.heading': 'Sähköposti toimii',
    'mail.test.body': 'Tämä viesti lähetettiin, jotta voidaan tarkistaa, että Tarjottimen sähköpostit kulkevat perille.',
    'mail.test.action': 'Avaa Tarjotin',
  },
  sv: {
    'mail.footer.automatic': 'Det här är ett automatiskt meddelande från Tarjotin. Svara inte på det.',
    'mail.footer.site': 'Tarjotin – organisationernas stöd på ett ställe',
    'mail.test.subject': 'Testmeddelande från Tarjotin',
    'mail.test.heading': 'E-posten fungerar',
    'mail.test.body': 'Det här meddelandet skickades för att kontrollera att e-post från Tarjotin kommer fram.',
    'mail.test.action': 'Öppna Tarjotin',
  },
  en: {
    'mail.footer.automatic': 'This is an automatic message from Tarjotin. Please do not reply to it.',
    'mail.footer.site': 'Tarjotin – NGO support in one place',
    'mail.test.subject': 'Test message from Tarjotin',
    'mail.test.heading': 'E-mail works',
    'mail.test.body': 'This message was sent to check that e-mail from Tarjotin gets through.',
    'mail.test.action': 'Open Tarjotin',
  },
} as const;
