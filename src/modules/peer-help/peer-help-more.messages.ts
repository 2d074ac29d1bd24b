/**
 * More messages of peer help (issue 15): the live conversation, leaving and removing group members, and the
 * statistics' charts and umbrella organisations. Apart from peer-help.messages.ts so that work on the module's
 * other parts does not collide with these. fi, sv and en have the same keys.
 */
export const peerHelpMoreMessages = {
  fi: {
    'peerHelp.live.new': 'Uusi viesti: {name}',
  },
  sv: {
    'peerHelp.live.new': 'Nytt meddelande: {name}',
  },
  en: {
    'peerHelp.live.new': 'New message: {name}',
  },
} as const;
