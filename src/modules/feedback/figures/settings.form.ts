/**
 * The settings page's form ⇄ FeedbackSettings (RULES.md §7.1/§7.4 [U]: every unsure limit and
 * formula is a setting, feedback.settings.ts). Bad input → field errors (`feedbackFigures.error.*`).
 */
import { sql, type Kysely } from 'kysely';
import type { Clock } from '../../../platform/clock/index.ts';
import { invalidFields, type FieldError } from '../../../platform/errors/index.ts';
import type { ActionContext } from '../../../platform/http/index.ts';
import { appealKinds, ratingLevels } from '../feedback.model.ts';
import { updateFeedbackSettings, type FeedbackSettings } from '../feedback.settings.ts';
import { figuresMessages } from './figures.messages.ts';

type Body = Record<string, unknown>;

const dayFields = [
  'extensionMaxDays',
  'transferReturnDays',
  'rectificationDays',
  'reopenDays',
] as const;

/** The form's values for the settings (field names as on the page). */
export function settingsValues(s: FeedbackSettings): Record<string, string> {
  const values: Record<string, string> = {
    dispatchOrgCode: s.dispatchOrgCode,
    maxExtensions: String(s.maxExtensions),
    satisfaction: s.satisfaction,
    dutyRule: s.dutyRule,
    perAddressPerHour: String(s.perAddressPerHour),
    perContactPerDay: String(s.perContactPerDay),
  };
  for (const field of dayFields) values[field] = String(s[field]);
  for (const kind of appealKinds) {
    values[`reply_${kind}`] = String(s.limits[kind].replyDays);
    values[`complete_${kind}`] = String(s.limits[kind].completeDays);
  }
  for (const level of ratingLevels) values[`star_${level}`] = String(s.stars[level]);
  return values;
}

function text(body: Body, name: string): string {
  const value = body[name];
  return (Array.isArray(value) ? String(value[0] ?? '') : String(value ?? '')).trim();
}

/** A whole number in [min, max], or undefined with an error pushed. */
function whole(
  body: Body,
  name: string,
  [min, max]: [number, number],
  message: string,
  errors: FieldError[],
): number {
  const raw = text(body, name);
  const value = Number(raw);
  if (raw === '' || !Number.isInteger(value) || value < min || value > max) {
    errors.push({ field: name, message });
  }
  return value;
}

/** Parses the form; throws validation with one error per bad field. */
export async function parseSettingsForm(
  db: Kysely<unknown>,
  body: Body,
): Promise<FeedbackSettings> {
  const errors: FieldError[] = [];
  const days: [number, number] = [0, 365];
  const dayError = 'feedbackFigures.error.days';
  const limits = Object.fromEntries(
    appealKinds.map((kind) => [
      kind,
      {
        replyDays: whole(body, `reply_${kind}`, days, dayError, errors),
        completeDays: whole(body, `complete_${kind}`, days, dayError, errors),
      },
    ]),
  ) as FeedbackSettings['limits'];
  const stars = Object.fromEntries(
    ratingLevels.map((level) => {
      const raw = text(body, `star_${level}`);
      const value = Number(raw);
      if (raw === '' || !Number.isFinite(value) || value < 0 || value > 100) {
        errors.push({ field: `star_${level}`, message: 'feedbackFigures.error.star' });
      }
      return [level, value];
    }),
  ) as FeedbackSettings['stars'];
  const satisfaction = text(body, 'satisfaction');
  if (satisfaction !== 'broad' && satisfaction !== 'strict') {
    errors.push({ field: 'satisfaction', message: 'feedbackFigures.error.satisfaction' });
  }
  const dutyRule = text(body, 'dutyRule');
  if (dutyRule !== 'signin' && dutyRule !== 'signin_and_no_overdue') {
    errors.push({ field: 'dutyRule', message: 'feedbackFigures.error.dutyRule' });
  }
  const dispatchOrgCode = text(body, 'dispatchOrgCode');
  if (dispatchOrgCode !== '') {
    const { rows } = await sql<{ id: number }>`
      select id from accounts_orgs where code = ${dispatchOrgCode} and is_active`.execute(db);
    if (rows.length === 0 || dispatchOrgCode.length > 64) {
      errors.push({ field: 'dispatchOrgCode', message: 'feedbackFigures.error.dispatchOrgCode' });
    }
  }
  const rateLimit = 'feedbackFigures.error.rateLimit';
  const settings = {
    dispatchOrgCode,
    limits,
    maxExtensions: whole(
      body,
      'maxExtensions',
      [0, 5],
      'feedbackFigures.error.maxExtensions',
      errors,
    ),
    extensionMaxDays: whole(body, 'extensionMaxDays', days, dayError, errors),
    transferReturnDays: whole(body, 'transferReturnDays', days, dayError, errors),
    rectificationDays: whole(body, 'rectificationDays', days, dayError, errors),
    reopenDays: whole(body, 'reopenDays', days, dayError, errors),
    satisfaction: satisfaction as FeedbackSettings['satisfaction'],
    stars,
    dutyRule: dutyRule as FeedbackSettings['dutyRule'],
    perAddressPerHour: whole(body, 'perAddressPerHour', [1, 10000], rateLimit, errors),
    perContactPerDay: whole(body, 'perContactPerDay', [1, 10000], rateLimit, errors),
  };
  if (errors.length > 0) throw invalidFields(errors, figuresMessages);
  return settings;
}

/** Saves the form (audited by updateFeedbackSettings; forbidden unless county admin/supervisor). */
export async function saveSettingsForm(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  body: unknown,
): Promise<void> {
  const settings = await parseSettingsForm(db, (body ?? {}) as Body);
  await updateFeedbackSettings(db, clock, ctx, settings);
}
