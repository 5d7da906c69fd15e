/**
 * The 索引号 pattern (RULES.md §1.7: no national format; a common one is
 * `<统一社会信用代码或组织机构代码>/<年份>-<5位流水号>`), a county setting. Tokens: {creditCode}
 * (the org's credit code, its org code when it has none), {orgCode}, {year}, {serial} or
 * {serial:N} (zero-padded to N digits).
 */
export const defaultIndexPattern = '{creditCode}/{year}-{serial:5}';

const tokens = /\{([A-Za-z]+)(?::(\d+))?\}/g;
const known = new Set(['creditCode', 'orgCode', 'year', 'serial']);

export interface IndexParts {
  creditCode: string;
  orgCode: string;
  year: number;
  serial: number;
}

export function formatIndexNumber(pattern: string, parts: IndexParts): string {
  return pattern.replace(tokens, (_whole, name: string, width?: string) => {
    if (name === 'serial') return String(parts.serial).padStart(Number(width ?? 0), '0');
    if (name === 'year') return String(parts.year);
    if (name === 'orgCode') return parts.orgCode;
    return parts.creditCode || parts.orgCode;
  });
}

/**
 * Why a pattern cannot be used (a message key), or null. The serial restarts each year per org,
 * so a pattern must name the serial, the year and the org, or two numbers could be equal.
 */
export function indexPatternProblem(pattern: string): string | null {
  const text = pattern.trim();
  if (text === '' || text.length > 100) return 'publishingCatalog.error.patternLength';
  if (/[\s<>"'&]/.test(text)) return 'publishingCatalog.error.patternChars';
  const names = [...text.matchAll(tokens)].map((m) => ({ name: m[1]!, width: m[2] }));
  if (names.some((n) => !known.has(n.name) || (n.width !== undefined && n.name !== 'serial')))
    return 'publishingCatalog.error.patternToken';
  if (names.some((n) => n.width !== undefined && (Number(n.width) < 1 || Number(n.width) > 9)))
    return 'publishingCatalog.error.patternWidth';
  if (!names.some((n) => n.name === 'serial')) return 'publishingCatalog.error.patternSerial';
  if (!names.some((n) => n.name === 'year')) return 'publishingCatalog.error.patternYear';
  if (!names.some((n) => n.name === 'creditCode' || n.name === 'orgCode'))
    return 'publishingCatalog.error.patternOrg';
  if (/[{}]/.test(text.replace(tokens, ''))) return 'publishingCatalog.error.patternToken';
  return null;
}
