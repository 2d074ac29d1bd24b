/**
 * More messages of peer help (issue 15): the live conversation, leaving and removing group members, and the
 * statistics' charts and umbrella organisations. Apart from peer-help.messages.ts so that work on the module's
 * other parts does not collide with these. fi, sv and en have the same keys.
 */
export const peerHelpMoreMessages = {
  fi: {
    'peerHelp.live.new': 'Uusi viesti: {name}',
    'peerHelp.groups.remove': 'Poista',
    'peerHelp.groups.removeLabel': 'Poista jäsen {email}',
    'peerHelp.groups.removeTitle': 'Poistetaanko jäsen ryhmästä?',
    'peerHelp.groups.removeBody': '{email} poistetaan ryhmästä {group}. Hän ei enää näe ryhmälle kohdistettuja avunpyyntöjä.',
    'peerHelp.groups.removeConfirm': 'Poista jäsen',
    'peerHelp.groups.removed': 'Jäsen poistettiin ryhmästä.',
    'peerHelp.groups.leave': 'Lähde ryhmästä',
    'peerHelp.groups.leaveTitle': 'Lähdetäänkö ryhmästä?',
    'peerHelp.groups.leaveBody': 'Et enää näe ryhmälle {group} kohdistettuja avunpyyntöjä. Ryhmän omistaja voi lisätä sinut uudelleen.',
    'peerHelp.groups.leaveConfirm': 'Lähde ryhmästä',
    'peerHelp.groups.left': 'Lähdit ryhmästä.',
    'peerHelp.groups.back': 'Peruuta ja palaa ryhmään',
  },
  sv: {
    'peerHelp.live.new': 'Nytt meddelande: {name}',
    'peerHelp.groups.remove': 'Ta bort',
    'peerHelp.groups.removeLabel': 'Ta bort medlemmen {email}',
    'peerHelp.groups.removeTitle': 'Ta bort medlemmen ur gruppen?',
    'peerHelp.groups.removeBody': '{email} tas bort ur gruppen {group}. Personen ser inte längre förfrågningar riktade till gruppen.',
    'peerHelp.groups.removeConfirm': 'Ta bort medlemmen',
    'peerHelp.groups.removed': 'Medlemmen togs bort ur gruppen.',
    'peerHelp.groups.leave': 'Lämna gruppen',
    'peerHelp.groups.leaveTitle': 'Lämna gruppen?',
    'peerHelp.groups.leaveBody': 'Du ser inte längre förfrågningar riktade till gruppen {group}. Gruppens ägare kan lägga till dig igen.',
    'peerHelp.groups.leaveConfirm': 'Lämna gruppen',
    'peerHelp.groups.left': 'Du lämnade gruppen.',
    'peerHelp.groups.back': 'Avbryt och gå tillbaka till gruppen',
  },
  en: {
    'peerHelp.live.new': 'New message: {name}',
    'peerHelp.groups.remove': 'Remove',
    'peerHelp.groups.removeLabel': 'Remove the member {email}',
    'peerHelp.groups.removeTitle': 'Remove the member from the group?',
    'peerHelp.groups.removeBody': '{email} will be removed from the group {group}. They will no longer see requests aimed at the group.',
    'peerHelp.groups.removeConfirm': 'Remove the member',
    'peerHelp.groups.removed': 'The member was removed from the group.',
    'peerHelp.groups.leave': 'Leave the group',
    'peerHelp.groups.leaveTitle': 'Leave the group?',
    'peerHelp.groups.leaveBody': 'You will no longer see requests aimed at the group {group}. The group\'s owner can add you again.',
    'peerHelp.groups.leaveConfirm': 'Leave the group',
    'peerHelp.groups.left': 'You left the group.',
    'peerHelp.groups.back': 'Cancel and go back to the group',
  },
} as const;
