/** Dates and numbers in the user's language (fr-FR or en-GB: day before month in both). */
const locale = (language: string) => (language === 'en' ? 'en-GB' : 'fr-FR');

export function formatDate(value: string | Date, language: string): string {
  const date =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? new Date(`${value}T00:00:00`)
      : new Date(value);
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long' }).format(date);
}

export function formatDateTime(value: string | Date, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(value),
  );
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(locale(language)).format(value);
}

/** A list's total: "1 000+" when the list stopped counting there (`totalIsLowerBound`). */
export function formatTotal(page: { total: number; totalIsLowerBound?: boolean }, language: string): string {
  return `${formatNumber(page.total, language)}${page.totalIsLowerBound ? '+' : ''}`;
}
