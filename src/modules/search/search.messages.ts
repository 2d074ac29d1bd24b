/** Messages of the search module. Every key exists in fi, sv and en (a test checks). */
export const searchMessages = {
  fi: {},
  sv: {},
  en: {},
} as const;
