import { hash, verify } from '@node-rs/argon2';
import crypto from 'node:crypto';

/** argon2id (the library's default algorithm) with its default memory and time costs. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Issue 3 (等保2.0 identity checks): at least 10 characters and 3 of the 4 character classes. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < 10) return 'accounts.password.tooShort';
  if (password.length > 200) return 'accounts.password.tooLong';
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) =>
    re.test(password),
  ).length;
  if (classes < 3) return 'accounts.password.classes';
  return undefined;
}

/** A temporary password that meets the rules, for new accounts and resets. */
export function generatePassword(): string {
  const body = crypto.randomBytes(9).toString('base64url');
  return `Ss-${body}7a`;
}

/** How many previous passwords may not be reused (issue 3). */
export const passwordHistoryDepth = 5;
