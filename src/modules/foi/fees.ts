/**
 * 信息处理费 (国办函〔2020〕109号): two bases, each 超额累进 — only the part within a band is charged
 * at that band's rate. Amounts in yuan.
 */

/** 109号第4条: the fee for the k-th case of one applicant in one natural month. */
export function perCaseFee(k: number): number {
  if (!Number.isInteger(k) || k < 1) throw new RangeError('case number must be a positive integer');
  if (k <= 10) return 0; // cases 1–10 free
  if (k <= 30) return 100; // cases 11–30: 100 元/件
  return 100 * (2 + Math.floor((k - 31) / 10)); // from 31, bands of 10, each 100 元 more
}

// 109号第5条: pages 1–30 free, 31–100 10 元, 101–200 20 元, 201 and up 40 元 per page.
const volumeBands: [upTo: number, perPage: number][] = [
  [30, 0],
  [100, 10],
  [200, 20],
  [Infinity, 40],
];

/** 109号第5条: the fee for one application of `pages` pages. */
export function perVolumeFee(pages: number): number {
  if (!Number.isInteger(pages) || pages < 0) throw new RangeError('pages must be a whole number');
  let fee = 0;
  let from = 0;
  for (const [upTo, perPage] of volumeBands) {
    if (pages > from) fee += (Math.min(pages, upTo) - from) * perPage;
    from = upTo;
  }
  return fee;
}
