/**
 * The record hash: sha256 (hex) over a canonical serialisation of the record's content and the
 * previous record's hash. Canonical means the same bytes whatever engine stored the record: the
 * time as ISO 8601 UTC with milliseconds, the summary as JSON with keys sorted recursively
 * (jsonb reorders keys, and JSON.stringify puts integer-like keys first).
 */
import crypto from 'node:crypto';
import { maskPersonalData } from '../logger/index.ts';
import type { AuditActorType } from './audit.tables.ts';

/** The `prev_hash` of the first record. */
export const genesisHash = '0'.repeat(64);

/** Names this serialisation, so that a later one can be told apart from it in the same chain. */
const formatVersion = 'sunshine-audit-v1';

export interface HashedContent {
  at: string;
  actorType: AuditActorType;
  actorId: string | null;
  actorName: string;
  orgCode: string | null;
  action: string;
  targetType: string;
  targetId: string;
  summary: Record<string, unknown>;
  requestId: string | null;
  clientAddress: string | null;
  prevHash: string;
}

/** JSON with object keys sorted (by UTF-16 code units) at every depth; no whitespace. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'object': {
      if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
      const object = value as Record<string, unknown>;
      const keys = Object.keys(object)
        .filter((key) => object[key] !== undefined)
        .sort();
      return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key])}`).join(',')}}`;
    }
    default:
      throw new TypeError(`canonicalJson: cannot serialise a ${typeof value}`);
  }
}

/** The exact string that is hashed: a JSON array of the fields in a fixed order. */
export function canonicalRecord(content: HashedContent): string {
  return canonicalJson([
    formatVersion,
    content.at,
    content.actorType,
    content.actorId,
    content.actorName,
    content.orgCode,
    content.action,
    content.targetType,
    content.targetId,
    content.summary,
    content.requestId,
    content.clientAddress,
    content.prevHash,
  ]);
}

export function hashRecord(content: HashedContent): string {
  return crypto.createHash('sha256').update(canonicalRecord(content), 'utf8').digest('hex');
}

// Keys whose values never enter the log, matched on the key lower-cased without `_`/`-`, at any
// depth: password, passwordHash, token, tokenHash, secret, and their compounds (newPassword,
// csrfToken, clientSecret, refresh_token_hash…).
const secretKey = /(password|passwd|secret|token)(hash)?$/;
const maxDepth = 8;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function isSecretKey(key: string): boolean {
  return secretKey.test(key.toLowerCase().replace(/[_-]/g, ''));
}

function cleanString(text: string): string {
  // jsonb refuses NUL and lone surrogates; what cannot be stored cannot be hashed the same way.
  return maskPersonalData(text.replace(loneSurrogate, '\uFFFD').replaceAll('\u0000', ''));
}

function cleanValue(value: unknown, depth: number): unknown {
  switch (typeof value) {
    case 'string':
      return cleanString(value);
    case 'number': {
      if (!Number.isFinite(value)) return null;
      // A phone number given as a number is still a phone number.
      const text = String(value);
      const masked = maskPersonalData(text);
      return masked === text ? value : masked;
    }
    case 'bigint':
      return cleanString(value.toString());
    case 'boolean':
      return value;
    case 'object':
      break;
    default:
      return undefined;
  }
  if (value === null) return null;
  if (depth >= maxDepth) return '[…]';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) {
    return value.map((item) => {
      const cleaned = cleanValue(item, depth + 1);
      return cleaned === undefined ? null : cleaned;
    });
  }
  const withJson = value as { toJSON?: () => unknown };
  if (typeof withJson.toJSON === 'function') return cleanValue(withJson.toJSON(), depth + 1);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (isSecretKey(key)) continue;
    const cleaned = cleanValue(item, depth + 1);
    if (cleaned !== undefined) out[cleanString(key)] = cleaned;
  }
  return out;
}

/**
 * The summary as it is stored: plain JSON data only, keys naming secrets dropped at any depth,
 * personal data (ID numbers, phones, e-mail) masked in every string.
 */
export function cleanSummary(summary: Record<string, unknown>): Record<string, unknown> {
  const cleaned = cleanValue(summary, 0);
  return cleaned !== null && typeof cleaned === 'object' && !Array.isArray(cleaned)
    ? (cleaned as Record<string, unknown>)
    : {};
}

/** A JS Date as the hashed time: ISO 8601, UTC, milliseconds (timestamptz keeps microseconds). */
export function isoOf(at: Date): string {
  if (Number.isNaN(at.getTime())) throw new RangeError('audit entry: invalid date in `at`');
  return at.toISOString();
}
