/**
 * The staff item form as flat fields: `m{i}_name|form|copies|required|note|template` for the
 * materials and `r{i}_org|days` for the review departments, as many rows as the page shows (the
 * blank ones ignored), so it works without scripts; converted to and from an ItemInput.
 */
import type { ItemContent } from './items.model.ts';
import type { MaterialForm } from './items.tables.ts';
import type { ItemInput } from './items.validate.ts';

const materialParts = ['name', 'form', 'copies', 'required', 'note', 'template'] as const;
const reviewParts = ['org', 'days'] as const;

/** Rows of one prefix (`m`, `r`) as they came, up to 200. */
function rowsOf(values: Record<string, string>, prefix: string, parts: readonly string[]) {
  const indexes = new Set<number>();
  for (const key of Object.keys(values)) {
    const match = new RegExp(`^${prefix}(\\d{1,3})_`).exec(key);
    if (match) indexes.add(Number(match[1]));
  }
  return [...indexes]
    .filter((i) => i < 200)
    .sort((a, b) => a - b)
    .map((i) => Object.fromEntries(parts.map((p) => [p, values[`${prefix}${i}_${p}`] ?? ''])));
}

/**
 * The form's values with the blank rows dropped and the rest numbered from 0, so that errors and
 * the re-rendered page name the same rows; and how many rows of each kind there are.
 */
export function compactRows(values: Record<string, string>) {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (!/^[mr]\d{1,3}_/.test(key)) out[key] = value;
  }
  const materials = rowsOf(values, 'm', materialParts).filter(
    (r) => r.name!.trim() !== '' || r.note!.trim() !== '',
  );
  const reviews = rowsOf(values, 'r', reviewParts).filter((r) => r.org !== '');
  materials.forEach((r, i) => materialParts.forEach((p) => (out[`m${i}_${p}`] = r[p]!)));
  reviews.forEach((r, i) => reviewParts.forEach((p) => (out[`r${i}_${p}`] = r[p]!)));
  return { values: out, materials: materials.length, reviews: reviews.length };
}

/** A whole number as typed, else NaN (the validation names the field). */
function integerOf(text: string | undefined): number {
  const trimmed = (text ?? '').trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** Yuan with at most two decimals as fen; blank is free (0); anything else NaN. */
export function fenOf(text: string | undefined): number {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return 0;
  const match = /^(\d{1,8})(?:\.(\d{1,2}))?$/.exec(trimmed);
  if (!match) return Number.NaN;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** The input of compacted form values (see compactRows). */
export function inputOfForm(
  values: Record<string, string>,
  counts: { materials: number; reviews: number },
): ItemInput {
  const v = (key: string) => (values[key] ?? '').trim();
  return {
    code: v('code'),
    name: v('name'),
    nameEn: v('nameEn'),
    orgCode: v('org'),
    basis: v('basis'),
    conditions: v('conditions'),
    place: v('place'),
    hours: v('hours'),
    phone: v('phone'),
    flow: v('flow'),
    feeFen: fenOf(values.fee),
    feeBasis: v('feeBasis'),
    statutoryDays: integerOf(values.statutoryDays),
    promisedDays: integerOf(values.promisedDays),
    online: values.online === 'on',
    materials: Array.from({ length: counts.materials }, (_, i) => ({
      name: v(`m${i}_name`),
      form: v(`m${i}_form`) as MaterialForm,
      copies: integerOf(values[`m${i}_copies`]),
      isRequired: values[`m${i}_required`] !== 'no',
      note: v(`m${i}_note`),
      templateFileId: /^\d+$/.test(v(`m${i}_template`)) ? Number(v(`m${i}_template`)) : null,
    })),
    reviewOrgs: Array.from({ length: counts.reviews }, (_, i) => ({
      orgCode: v(`r${i}_org`),
      stepDays: integerOf(values[`r${i}_days`]),
    })),
    powerCodes: v('powers')
      .split(/[\s,，、;；]+/)
      .filter(Boolean),
  };
}

/** The form's values of an item's current content. */
export function formValuesOf(content: ItemContent): Record<string, string> {
  const values: Record<string, string> = {
    code: content.code,
    name: content.name,
    nameEn: content.nameEn ?? '',
    org: content.orgCode,
    basis: content.basis,
    conditions: content.conditions,
    place: content.place,
    hours: content.hours,
    phone: content.phone,
    flow: content.flow,
    fee: content.feeFen === 0 ? '0' : (content.feeFen / 100).toFixed(2),
    feeBasis: content.feeBasis,
    statutoryDays: String(content.statutoryDays),
    promisedDays: String(content.promisedDays),
    online: content.online ? 'on' : '',
    powers: content.powerCodes.join(' '),
  };
  content.materials.forEach((m, i) => {
    values[`m${i}_name`] = m.name;
    values[`m${i}_form`] = m.form;
    values[`m${i}_copies`] = String(m.copies);
    values[`m${i}_required`] = m.isRequired ? 'yes' : 'no';
    values[`m${i}_note`] = m.note;
    values[`m${i}_template`] = m.templateFileId === null ? '' : String(m.templateFileId);
  });
  content.reviewOrgs.forEach((r, i) => {
    values[`r${i}_org`] = r.orgCode;
    values[`r${i}_days`] = String(r.stepDays);
  });
  return values;
}
