/** Messages of the hsds module. Every key exists in fi, sv and en (a test checks). */
export const hsdsMessages = {
  fi: {},
  sv: {},
  en: {},
} as const;
