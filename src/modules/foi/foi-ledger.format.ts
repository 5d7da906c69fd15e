/** How the ledger shows personal data and outcomes: masked, and in the report's words. */
import type { Locale } from '../../platform/i18n/index.ts';

/** An ID number with all but its last 4 characters hidden. */
export function maskIdNumber(value: string): string {
  if (value.length <= 4) return '*'.repeat(value.length);
  return `${'*'.repeat(value.length - 4)}${value.slice(-4)}`;
}

/** A phone number with its middle hidden: the first 3 and last 4 digits of a long one, else the last 2. */
export function maskPhone(value: string): string {
  const phone = value.trim();
  if (phone.length >= 11) return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  if (phone.length <= 2) return '*'.repeat(phone.length);
  return `${'*'.repeat(phone.length - 2)}${phone.slice(-2)}`;
}

/** An e-mail address with the name hidden after its first character. */
export function maskEmail(value: string): string {
  const at = value.indexOf('@');
  if (at < 1) return value ? '***' : '';
  return `${value.charAt(0)}***${value.slice(at)}`;
}

/** A stored outcome (`不予公开.属于国家秘密`) as the report words it (`不予公开：属于国家秘密`). */
export function outcomeLabel(outcome: string | null): string {
  return outcome ? outcome.replace('.', '：') : '';
}

/** A service's two-language message (`中文 / English`) in the reader's language. */
export function localMessage(message: string, locale: Locale): string {
  const at = message.indexOf(' / ');
  if (at < 0) return message;
  return locale === 'en' ? message.slice(at + 3) : message.slice(0, at);
}
