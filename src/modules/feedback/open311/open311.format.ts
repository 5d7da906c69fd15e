/**
 * Appeals as GeoReport v2 JSON (http://wiki.open311.org/GeoReport_v2), without personal data: the
 * submitter's name, phone and e-mail never leave the database here; the content, place and
 * coordinates only when the submitter allowed public display, the content masked
 * (maskPersonalData) and stripped of the submitter's own contact details.
 */
import { createI18n, type Locale } from '../../../platform/i18n/index.ts';
import { maskPersonalData } from '../../../platform/logger/index.ts';
import { feedbackMessages } from '../feedback.messages.ts';
import { appealKinds, type AppealKind, type AppealState } from '../feedback.model.ts';
import { open311Messages } from './open311.messages.ts';

const i18n = createI18n([feedbackMessages, open311Messages]);
export const open311Text = (locale: Locale) => i18n.translator(locale);

export interface GeoReportService {
  service_code: AppealKind;
  service_name: string;
  description: string;
  metadata: false;
  type: 'realtime';
  keywords: string;
  group: string;
}

/** One service per appeal kind. */
export function servicesOf(locale: Locale): GeoReportService[] {
  const t = open311Text(locale);
  return appealKinds.map((kind) => ({
    service_code: kind,
    service_name: t(`feedback.kind.${kind}`),
    description: t(`feedbackOpen311.service.${kind}`),
    metadata: false,
    type: 'realtime',
    keywords: t(`feedbackOpen311.keywords.${kind}`),
    group: t('feedbackOpen311.group'),
  }));
}

/** What the listing reads of an appeal (open311.queries.ts); the contact columns only to strip them. */
export interface Open311Row {
  trackingNumber: string;
  kind: AppealKind;
  state: AppealState;
  content: string;
  place: string;
  latitude: number | null;
  longitude: number | null;
  publicAllowed: boolean;
  orgName: string;
  receivedAt: Date;
  updatedAt: Date;
  completeDueOn: string | null;
  submitterName: string;
  submitterPhone: string;
  submitterEmail: string;
}

export interface GeoReportRequest {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string;
  service_name: string;
  service_code: AppealKind;
  description: string;
  agency_responsible: string;
  service_notice: string;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string | null;
  address: string;
  address_id: null;
  zipcode: null;
  lat: number | null;
  long: number | null;
  media_url: null;
}

const shanghaiOffsetMs = 8 * 3600_000;

/** ISO 8601 in China Standard Time (no daylight saving): `2026-09-30T10:00:00+08:00`. */
export function isoShanghai(at: Date): string {
  return `${new Date(at.getTime() + shanghaiOffsetMs).toISOString().slice(0, 19)}+08:00`;
}

/** The end of a local (Asia/Shanghai) day. */
export function endOfDayShanghai(day: string): string {
  return `${day}T23:59:59+08:00`;
}

/** Masks ID, phone and e-mail patterns, and removes the submitter's own name and contacts. */
export function publicText(text: string, row: Open311Row): string {
  let out = text;
  for (const own of [row.submitterPhone, row.submitterEmail, row.submitterName]) {
    const value = own.trim();
    if (value.length >= 2) out = out.split(value).join('***');
  }
  return maskPersonalData(out);
}

const openStates: readonly AppealState[] = ['dispatch', 'assigned', 'in_progress', 'replied'];

export function requestOf(row: Open311Row, locale: Locale): GeoReportRequest {
  const t = open311Text(locale);
  const open = openStates.includes(row.state);
  const shown = row.publicAllowed;
  return {
    service_request_id: row.trackingNumber,
    status: open ? 'open' : 'closed',
    status_notes: t(`feedback.state.${row.state}`),
    service_name: t(`feedback.kind.${row.kind}`),
    service_code: row.kind,
    description: shown ? publicText(row.content, row) : '',
    agency_responsible: row.orgName,
    service_notice:
      open && row.completeDueOn
        ? t('feedbackOpen311.notice.due', { dueOn: row.completeDueOn })
        : '',
    requested_datetime: isoShanghai(row.receivedAt),
    updated_datetime: isoShanghai(row.updatedAt),
    expected_datetime: row.completeDueOn ? endOfDayShanghai(row.completeDueOn) : null,
    address: shown ? publicText(row.place, row) : '',
    address_id: null,
    zipcode: null,
    lat: shown ? row.latitude : null,
    long: shown ? row.longitude : null,
    media_url: null,
  };
}

export interface GeoReportError {
  code: number;
  description: string;
}

export const geoReportError = (code: number, description: string): GeoReportError[] => [
  { code, description },
];
