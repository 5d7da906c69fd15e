/**
 * New unified social credit codes (GB 32100-2015), pure: the caller gives the region and category,
 * and may inject the random source (tests). Uniqueness is the caller's concern (the database).
 */
import { orgCodeCheckChar, usccCharset, usccCheckChar18 } from './uscc.ts';

export interface GenerateUsccInput {
  /** 登记管理机关行政区划码 (GB/T 2260), 6 digits: the authority's region at issue time. */
  region: string;
  /** 机构类别码, one digit or letter of the code's charset (工商: 1 企业, 2 个体工商户, 3 农民专业合作社). */
  category: string;
  /** 登记管理部门码; 9 = 工商 (market regulation). RULES.md §3.1. */
  authority?: string;
  /** A number in [0, 1); Math.random by default. */
  random?: () => number;
}

export class UsccInputError extends Error {
  constructor(readonly field: 'region' | 'category' | 'authority') {
    super(`unified social credit code: bad ${field}`);
  }
}

const single = /^[0-9A-HJ-NPQRTUWXY]$/;

/** One new valid code: authority, category, region, 8 random body chars + GB 11714 char, MOD 31 char. */
export function generateUscc(input: GenerateUsccInput): string {
  const { region, category, authority = '9', random = Math.random } = input;
  if (!/^\d{6}$/.test(region)) throw new UsccInputError('region');
  if (!single.test(category)) throw new UsccInputError('category');
  if (!single.test(authority)) throw new UsccInputError('authority');
  let body = '';
  for (let i = 0; i < 8; i++) {
    const index = Math.min(usccCharset.length - 1, Math.floor(random() * usccCharset.length));
    body += usccCharset[index];
  }
  // GB 11714-1997: the 主体标识码 ends in the organisation code's check character.
  const first17 = authority + category + region + body + orgCodeCheckChar(body);
  // GB 32100-2015 第5章: the 18th character.
  return first17 + usccCheckChar18(first17);
}
