/** What a licence says, labelled as the 营业执照 labels it for its kind (shared by the licence pages). */
import type { LicenceKind } from '../licences.model.ts';

export function representativeLabel(kind: LicenceKind): string {
  return kind === 'individual' ? 'licence.field.operator' : 'licence.field.legalRepresentative';
}

export function addressLabel(kind: LicenceKind): string {
  return kind === 'individual' ? 'licence.field.addressIndividual' : 'licence.field.address';
}

export function capitalLabel(kind: LicenceKind): string {
  if (kind === 'individual') return 'licence.field.capitalIndividual';
  if (kind === 'cooperative') return 'licence.field.capitalCooperative';
  return 'licence.field.capital';
}

/** Fen as 万元 with at most 6 decimals, trailing zeros dropped: 1000000 → "1", 1234500 → "1.2345". */
export function wanOf(fen: number): string {
  const whole = Math.floor(fen / 1_000_000);
  const rest = String(fen % 1_000_000)
    .padStart(6, '0')
    .replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : String(whole);
}
