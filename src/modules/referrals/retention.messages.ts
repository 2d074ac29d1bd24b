/**
 * Messages of contact requests' follow-up and retention (src/modules/referrals, D): the reminders to organisations
 * and administrators, and the right to erasure for administrators.
 */
export const retentionMessages = {
  fi: {
    'reminders.mail.subject.one': 'Muistutus: yhteydenottopyyntö odottaa ({reference})',
    'reminders.mail.subject.many': 'Muistutus: {count} yhteydenottopyyntöä odottaa',
    'reminders.mail.heading': 'Yhteydenottopyyntö odottaa vastaustanne',
    'reminders.mail.body.one': '{organization} on saanut Tarjottimen kautta yhteydenottopyynnön, jota ei ole vielä merkitty käsitellyksi kahden arkipäivän aikana:',
    'reminders.mail.body.many': '{organization} on saanut Tarjottimen kautta yhteydenottopyyntöjä, joita ei ole vielä merkitty käsitellyiksi kahden arkipäivän aikana:',
    'reminders.mail.request': '{reference} ({date})',
    'reminders.mail.original':
      'Alkuperäisessä sähköpostissa on suora linkki pyyntöön (voimassa {days} päivää lähettämisestä). Järjestön ylläpitäjät voivat myös kirjautua Tarjottimeen ja avata pyynnön saapuneista yhteydenottopyynnöistä.',
    'reminders.mail.inbox': 'Saapuneet yhteydenottopyynnöt',
    'reminders.mail.decline': 'Jos ette voi auttaa, merkitkää pyyntöön "Emme voi ottaa pyyntöä vastaan", jotta pyytäjä ei jää odottamaan turhaan.',
    'reminders.mail.why': 'Saatte tämän muistutuksen, koska tämä osoite on järjestön yhteydenottopyyntöjen osoite Tarjottimessa. Muistutus lähetetään kerran.',
    'reminders.mail.admin.subject': 'Yhteydenottopyyntöihin ei ole vastattu viidessä arkipäivässä',
    'reminders.mail.admin.heading': 'Vastaamattomia yhteydenottopyyntöjä',
    'reminders.mail.admin.body':
      'Näille järjestöille lähetettyjä yhteydenottopyyntöjä ei ole merkitty käsitellyiksi viidessä arkipäivässä, vaikka järjestöä on muistutettu:',
    'reminders.mail.admin.item': '{organization}: {requests}',
    'reminders.mail.admin.hint':
      'Pyytäjien tietoja ei näytetä ylläpitäjille. Voit ottaa yhteyttä järjestöön ja tarkistaa, että sen yhteydenottopyyntöjen osoite on oikein.',
    'reminders.mail.admin.action': 'Yhteydenottopyyntöjen tilastot',
  },
  sv: {
    'reminders.mail.subject.one': 'Påminnelse: en kontaktförfrågan väntar ({reference})',
    'reminders.mail.subject.many': 'Påminnelse: {count} kontaktförfrågningar väntar',
    'reminders.mail.heading': 'En kontaktförfrågan väntar på ert svar',
    'reminders.mail.body.one': '{organization} har fått en kontaktförfrågan via Tarjotin som inte har markerats som behandlad inom två arbetsdagar:',
    'reminders.mail.body.many': '{organization} har fått kontaktförfrågningar via Tarjotin som inte har markerats som behandlade inom två arbetsdagar:',
    'reminders.mail.request': '{reference} ({date})',
    'reminders.mail.original':
      'Det ursprungliga e-postmeddelandet har en direktlänk till förfrågan (giltig {days} dagar från att den skickades). Organisationens administratörer kan också logga in i Tarjotin och öppna förfrågan bland inkomna kontaktförfrågningar.',
    'reminders.mail.inbox': 'Inkomna kontaktförfrågningar',
    'reminders.mail.decline': 'Om ni inte kan hjälpa, välj "Vi kan inte ta emot förfrågan" för förfrågan, så att personen inte väntar i onödan.',
    'reminders.mail.why': 'Ni får den här påminnelsen eftersom adressen är organisationens adress för kontaktförfrågningar i Tarjotin. Påminnelsen skickas en gång.',
    'reminders.mail.admin.subject': 'Kontaktförfrågningar har inte besvarats på fem arbetsdagar',
    'reminders.mail.admin.heading': 'Obesvarade kontaktförfrågningar',
    'reminders.mail.admin.body':
      'Kontaktförfrågningar till de här organisationerna har inte markerats som behandlade på fem arbetsdagar, fast organisationen har påmints:',
    'reminders.mail.admin.item': '{organization}: {requests}',
    'reminders.mail.admin.hint':
      'Uppgifter om personerna visas inte för administratörer. Du kan kontakta organisationen och kontrollera att dess adress för kontaktförfrågningar stämmer.',
    'reminders.mail.admin.action': 'Statistik över kontaktförfrågningar',
  },
  en: {
    'reminders.mail.subject.one': 'Reminder: a contact request is waiting ({reference})',
    'reminders.mail.subject.many': 'Reminder: {count} contact requests are waiting',
    'reminders.mail.heading': 'A contact request is waiting for your answer',
    'reminders.mail.body.one': '{organization} has received a contact request through Tarjotin that has not been marked as handled within two working days:',
    'reminders.mail.body.many': '{organization} has received contact requests through Tarjotin that have not been marked as handled within two working days:',
    'reminders.mail.request': '{reference} ({date})',
    'reminders.mail.original':
      'The original e-mail has a direct link to the request (valid for {days} days after it was sent). The organisation’s maintainers can also sign in to Tarjotin and open the request from the contact requests received.',
    'reminders.mail.inbox': 'Contact requests received',
    'reminders.mail.decline': 'If you cannot help, choose "We cannot take the request" on the request, so that nobody waits in vain.',
    'reminders.mail.why': 'You receive this reminder because this is the organisation’s address for contact requests in Tarjotin. The reminder is sent once.',
    'reminders.mail.admin.subject': 'Contact requests unanswered for five working days',
    'reminders.mail.admin.heading': 'Unanswered contact requests',
    'reminders.mail.admin.body': 'Contact requests to these organisations have not been marked as handled in five working days, although the organisation was reminded:',
    'reminders.mail.admin.item': '{organization}: {requests}',
    'reminders.mail.admin.hint':
      'Administrators are not shown anything about the people who asked. You can contact the organisation and check that its address for contact requests is right.',
    'reminders.mail.admin.action': 'Contact request statistics',
  },
} as const;
