/** Messages of the directory module. Every key exists in fi, sv and en (a test checks). */
export const directoryMessages = {
  fi: {},
  sv: {},
  en: {},
} as const;
