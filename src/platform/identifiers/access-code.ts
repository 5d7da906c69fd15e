/**
 * Access codes: what a citizen keeps with a tracking number to see a request, case or appeal.
 * Shown once, stored only as a hash bound to its tracking number, compared in constant time.
 */
import crypto from 'node:crypto';

/** No 0/O, 1/I/L: codes are read aloud over the phone and typed from paper. */
const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newAccessCode(length = 8): string {
  return [...crypto.randomBytes(length)].map((b) => alphabet[b % alphabet.length]).join('');
}

/** The stored form: sha256 of `number:CODE` (case and surrounding spaces ignored). */
export function accessCodeHash(trackingNumber: string, code: string): string {
  return crypto
    .createHash('sha256')
    .update(`${trackingNumber}:${code.trim().toUpperCase()}`)
    .digest('hex');
}

/** True when `code` is the access code of `trackingNumber` whose stored hash is `storedHash`. */
export function accessCodeMatches(
  trackingNumber: string,
  code: string,
  storedHash: string | undefined,
): boolean {
  const expected = Buffer.from(storedHash ?? '0'.repeat(64), 'hex');
  const given = Buffer.from(accessCodeHash(trackingNumber.trim(), code), 'hex');
  return (
    storedHash !== undefined &&
    expected.length === given.length &&
    crypto.timingSafeEqual(expected, given)
  );
}
