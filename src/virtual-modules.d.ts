/** One language's texts of data/translations.csv, key → text (src/lib/i18n/translations.server.ts). */
declare module 'virtual:translations/*' {
  const texts: Record<string, string>;
  export default texts;
}
