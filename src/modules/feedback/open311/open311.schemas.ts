/**
 * The GeoReport v2 parameters: the listing's filters and the POST body, mapped onto an appeal's
 * input (feedback.schemas.ts parses that). Messages are catalog keys; field names are Open311's.
 */
import { z } from 'zod';
import type { FieldError } from '../../../platform/errors/index.ts';
import { appealKinds, type AppealKind } from '../feedback.model.ts';
import type { AppealInput } from '../feedback.schemas.ts';

/** Listing defaults (GeoReport v2): the last 90 days, at most 1000 requests. */
export const defaultSpanDays = 90;
export const maxRequests = 1000;

export interface RequestFilter {
  ids: string[] | null;
  kind: AppealKind | null;
  from: Date;
  to: Date;
  status: 'open' | 'closed' | null;
}

const trackingNumberPattern = /^[A-Z]{2}\d{8}\d{6}$/;
const dateOnly = /^\d{4}-\d{2}-\d{2}$/;
const dateTime = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** An ISO 8601 date or date-time; local (Asia/Shanghai) when it names no offset. */
export function parseInstant(value: string, endOfDay: boolean): Date | null {
  const text = value.trim();
  let iso: string;
  if (dateOnly.test(text)) iso = `${text}T${endOfDay ? '23:59:59.999' : '00:00:00'}+08:00`;
  else {
    const match = dateTime.exec(text);
    if (!match) return null;
    iso = match[1] ? text.replace(' ', 'T') : `${text.replace(' ', 'T')}+08:00`;
  }
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? null : at;
}

const optionalText = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim());

const listQuery = z.object({
  service_request_id: optionalText,
  service_code: optionalText,
  start_date: optionalText,
  end_date: optionalText,
  status: optionalText,
});

/** Parses the listing's query; returns the filter or the fields in error. */
export function parseRequestFilter(
  query: unknown,
  now: Date,
): { ok: true; filter: RequestFilter } | { ok: false; errors: FieldError[] } {
  const parsed = listQuery.safeParse(query ?? {});
  const q = parsed.success
    ? parsed.data
    : { service_request_id: '', service_code: '', start_date: '', end_date: '', status: '' };
  const errors: FieldError[] = [];
  let ids: string[] | null = null;
  if (q.service_request_id !== '') {
    ids = q.service_request_id
      .split(',')
      .map((id) => id.trim().toUpperCase())
      .filter(Boolean);
    if (
      ids.length === 0 ||
      ids.length > maxRequests ||
      ids.some((id) => !trackingNumberPattern.test(id))
    ) {
      errors.push({
        field: 'service_request_id',
        message: 'feedbackOpen311.error.serviceRequestId',
      });
    }
  }
  const kind =
    q.service_code === '' ? null : (appealKinds.find((k) => k === q.service_code) ?? null);
  if (q.service_code !== '' && kind === null) {
    errors.push({ field: 'service_code', message: 'feedbackOpen311.error.serviceCode' });
  }
  const to = q.end_date === '' ? now : parseInstant(q.end_date, true);
  if (to === null) errors.push({ field: 'end_date', message: 'feedbackOpen311.error.endDate' });
  const end = to ?? now;
  const from =
    q.start_date === ''
      ? new Date(end.getTime() - defaultSpanDays * 86_400_000)
      : parseInstant(q.start_date, false);
  if (from === null)
    errors.push({ field: 'start_date', message: 'feedbackOpen311.error.startDate' });
  else if (to !== null && from > end) {
    errors.push({ field: 'start_date', message: 'feedbackOpen311.error.dateOrder' });
  }
  const status =
    q.status === '' ? null : q.status === 'open' || q.status === 'closed' ? q.status : undefined;
  if (status === undefined)
    errors.push({ field: 'status', message: 'feedbackOpen311.error.status' });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, filter: { ids, kind, from: from as Date, to: end, status: status ?? null } };
}

/** A tracking number from the path, or null when it cannot be one. */
export function trackingNumberOf(value: string): string | null {
  const id = value.trim().toUpperCase();
  return trackingNumberPattern.test(id) ? id : null;
}

const subjectLength = 30;

function field(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : '';
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value : '';
}

/** 姓 then 名 for Chinese names, `first last` otherwise. */
function fullName(first: string, last: string): string {
  const parts = [first.trim(), last.trim()];
  if (parts.some((p) => /[\u4e00-\u9fff]/.test(p))) return `${parts[1]}${parts[0]}`;
  return parts.filter(Boolean).join(' ');
}

/**
 * The POST body as an appeal: description → content (and the subject, its first 30 characters),
 * address_string → place, lat/long, email, phone, first_name + last_name. jurisdiction_id and
 * api_key are accepted and ignored (one county, no keys). `public_allowed` is our extension (GeoReport
 * has no such field): absent, the appeal is not shown publicly.
 */
export function appealInputOf(body: unknown): AppealInput {
  const b = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const description = field(b, 'description').trim();
  return {
    kind: field(b, 'service_code').trim() as AppealKind,
    subject: [...description].slice(0, subjectLength).join(''),
    content: description,
    place: field(b, 'address_string'),
    name: fullName(field(b, 'first_name'), field(b, 'last_name')),
    phone: field(b, 'phone'),
    email: field(b, 'email'),
    publicAllowed: ['true', '1', 'yes', 'on'].includes(field(b, 'public_allowed').trim()),
    latitude: field(b, 'lat'),
    longitude: field(b, 'long'),
  };
}

/** The appeal's input names as the Open311 fields they came from. */
export const open311FieldOf: Record<string, string> = {
  kind: 'service_code',
  subject: 'description',
  content: 'description',
  place: 'address_string',
  name: 'first_name',
  phone: 'phone',
  email: 'email',
  latitude: 'lat',
  longitude: 'long',
  publicAllowed: 'public_allowed',
  orgCode: 'jurisdiction_id',
};
