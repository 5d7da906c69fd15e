/**
 * New credit codes for `sunshine credit-code generate`: valid, distinct among themselves and not on
 * any licence issued in this database. They are not reserved: issueLicenceCode makes its own code
 * at issue time (ADR 0010), so a printed code is a sample, not a promise.
 */
import type { Kysely } from 'kysely';
import { generateUscc } from '../../platform/identifiers/index.ts';
import { issuedAmong } from './licences.queries.ts';

export interface GenerateCodesInput {
  region: string;
  category: string;
  authority?: string;
  count: number;
  random?: () => number;
}

const batchSize = 1000;

/** `count` codes; `db` null when there is no licence table to exclude (a database never migrated). */
export async function generateUnissuedCodes(
  db: Kysely<unknown> | null,
  input: GenerateCodesInput,
): Promise<string[]> {
  const { region, category, authority = '9', count, random } = input;
  const codes = new Set<string>();
  // A broken random source (always the same code) must not loop for ever.
  let triesLeft = count * 100 + 1000;
  while (codes.size < count) {
    const batch = new Set<string>();
    const wanted = Math.min(count - codes.size, batchSize);
    while (batch.size < wanted) {
      if (triesLeft-- <= 0) throw new Error('credit-code generator: the random source repeats');
      const code = generateUscc({ region, category, authority, ...(random ? { random } : {}) });
      if (!codes.has(code)) batch.add(code);
    }
    const issued = db ? await issuedAmong(db, [...batch]) : new Set<string>();
    for (const code of batch) if (!issued.has(code)) codes.add(code);
  }
  return [...codes];
}
