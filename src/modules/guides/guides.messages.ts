/** Messages of the guides module. Every key exists in fi, sv and en (a test checks). */
export const guidesMessages = {
  fi: {},
  sv: {},
  en: {},
} as const;
