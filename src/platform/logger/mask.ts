/**
 * Masks personal data (resident ID numbers, mobile and landline phones, e-mail addresses) in
 * free text. Used by the logger and by anything else that writes text people did not choose to
 * publish (ARCHITECTURE.md §6).
 */
const residentId = /(?<![\dA-Za-z])(\d{3})\d{11}(\d{3}[\dXx])(?![\dA-Za-z])/g;
const mobile = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;
const landline = /(?<!\d)(0\d{2,3}-?)\d{3,4}(\d{4})(?!\d)/g;
const email = /([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*(@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;

export function maskPersonalData(text: string): string {
  return text
    .replace(residentId, (_m, head: string, tail: string) => `${head}${'*'.repeat(11)}${tail}`)
    .replace(mobile, '$1****$2')
    .replace(landline, '$1****$2')
    .replace(email, '$1***$2');
}

/** Deep copy of a log object with every string masked. */
export function maskDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskPersonalData(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => maskDeep(item, depth + 1));
  // Only plain data is copied; requests, errors and the like are left to their serializers.
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = maskDeep(item, depth + 1);
  return out;
}
