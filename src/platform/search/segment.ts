/**
 * Chinese word segmentation for search: one lazily loaded jieba (@node-rs/jieba) with its default
 * dictionary plus the domain words of domain-words.txt and any added at startup (addWords).
 * Documents are cut in search mode (words and the dictionary words inside them); queries in
 * precise mode, so a query word is always one the document side emits.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as JiebaModule from '@node-rs/jieba';
import type { Jieba } from '@node-rs/jieba';
import type * as JiebaDict from '@node-rs/jieba/dict.js';
import { aliasesIn } from './aliases.ts';

const require = createRequire(import.meta.url);
const domainWordsFile = path.join(import.meta.dirname, 'domain-words.txt');
/** High, so a domain word wins over the split the general dictionary would choose. */
const defaultFrequency = 100000;

let instance: Jieba | undefined;
const added: string[] = [];

/** `word [freq]` lines of domain-words.txt, comments and blank lines dropped. */
function domainLines(): string[] {
  return fs
    .readFileSync(domainWordsFile, 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '');
}

function dictionaryLine(line: string): string {
  const [word, freq] = line.split(/\s+/);
  return `${word} ${freq ?? defaultFrequency} n`;
}

function jieba(): Jieba {
  if (instance === undefined) {
    // Loaded on first use: the dictionaries cost ~150 ms and 11 MB, which most commands never need.
    const { Jieba: JiebaClass } = require('@node-rs/jieba') as typeof JiebaModule;
    const { dict } = require('@node-rs/jieba/dict.js') as typeof JiebaDict;
    const loaded = JiebaClass.withDict(dict);
    const lines = [...domainLines(), ...added].map(dictionaryLine);
    loaded.loadDict(Buffer.from(lines.join('\n'), 'utf8'));
    instance = loaded;
  }
  return instance;
}

/** Adds words (the county's villages, org names…) to the dictionary; call at startup, before indexing. */
export function addWords(words: readonly string[]): void {
  const fresh = [...new Set(words.map((w) => w.trim()))].filter(
    (w) => w !== '' && !/\s/.test(w) && !added.includes(w),
  );
  if (fresh.length === 0) return;
  added.push(...fresh);
  instance?.loadDict(Buffer.from(fresh.map(dictionaryLine).join('\n'), 'utf8'));
}

/**
 * A hash of the words this process segments with (domain file + added words): store it with each
 * indexed row and re-segment the rows whose version differs.
 */
export function dictionaryVersion(): string {
  const text = [...domainLines(), '--', ...added].join('\n');
  return crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** NFKC (full-width latin and digits become ASCII), lower case, no control characters. */
function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ');
}

/** The letter/digit runs of a token: punctuation and spaces dropped, `web-api` → `web`, `api`. */
function wordParts(token: string): string[] {
  return token.split(/[^\p{L}\p{N}\p{M}]+/u).filter((part) => part !== '');
}

/**
 * The document's words for a 'simple' tsvector: search-mode cut, plus the dictionary words inside
 * long words (人力资源 in 人力资源和社会保障局) and the other names of any alias group in the text;
 * lower-cased, punctuation dropped, each word once, space-separated.
 * Example: segmentForIndex('清原满族自治县') → '清原 满族 自治 自治县 清原满族自治县 清原县'.
 */
export function segmentForIndex(text: string): string {
  const normalized = normalize(text);
  const source = [normalized, ...aliasesIn(normalized)].join('\n');
  const cutter = jieba();
  const words = new Set<string>();
  for (const token of cutter.cutForSearch(source, true)) {
    for (const part of wordParts(token)) {
      words.add(part);
      if ([...part].length >= 4) {
        for (const inner of cutter.cutAll(part)) if ([...inner].length >= 2) words.add(inner);
      }
    }
  }
  return [...words].join(' ');
}

/** More words than this in a query are ignored: a pasted page must not become a 1,000-term tsquery. */
export const maxQueryTerms = 16;

/** Latin letters or digits only (`api`, `2024`): kept even when one character long. */
function isLatinOrDigits(word: string): boolean {
  return /^[a-z0-9]+$/.test(word);
}

/**
 * The words of a search query: precise-mode cut, words of 2+ characters or latin/digits, each once,
 * at most maxQueryTerms.
 * A query of only 1-character words (税) keeps them, so it can still match.
 * Example: queryTerms('民心网 网络回应人') → ['民心网', '网络回应人'].
 */
export function queryTerms(query: string): string[] {
  const parts = jieba().cut(normalize(query), true).flatMap(wordParts);
  const unique = [...new Set(parts)];
  const long = unique.filter((w) => [...w].length >= 2 || isLatinOrDigits(w));
  return (long.length > 0 ? long : unique).slice(0, maxQueryTerms);
}

/** One term as a tsquery operand: quoted, `'` doubled and `\` escaped, so no text can act as an operator. */
function quoteTerm(term: string): string {
  return `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * The terms ANDed as text for `to_tsquery('simple', $1)` (always a bound parameter). Empty when
 * there is no term: the caller then shows no results instead of querying.
 * Example: toTsQuery(['清原', "o'neil"]) → `'清原' & 'o''neil'`.
 */
export function toTsQuery(terms: readonly string[]): string {
  return terms
    .map((term) => term.replace(/\p{Cc}/gu, ' ').trim())
    .filter((term) => term !== '')
    .map(quoteTerm)
    .join(' & ');
}
