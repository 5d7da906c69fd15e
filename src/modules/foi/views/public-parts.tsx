/** Pieces the public FOI pages share: dates people read, outcome labels, radio choices with hints. */
import type { Locale, Translate } from '../../../platform/i18n/index.ts';
import { fieldId, useView, type FormState } from '../../../platform/views/index.ts';

const zhWeekdays = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const enWeekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const enMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A local calendar date (YYYY-MM-DD) as people say it, with its weekday: 2026年11月3日（星期二）. */
export function readableDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // The weekday of a calendar date: computed in UTC so that the process time zone plays no part.
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return locale === 'en'
    ? `${enWeekdays[weekday]} ${d} ${enMonths[m - 1]} ${y}`
    : `${y}年${m}月${d}日（${zhWeekdays[weekday]}）`;
}

/** A date in a <time> element: machine-readable, and read aloud as words. */
export function DateText(props: { date: string }) {
  const { locale } = useView();
  return <time dateTime={props.date}>{readableDate(props.date, locale)}</time>;
}

/** The reply outcomes (foi.model.ts) → catalog keys of their public wording. */
const outcomeKeys: Record<string, string> = {
  予以公开: 'disclosed',
  部分公开: 'partlyDisclosed',
  '不予公开.属于国家秘密': 'withheld.stateSecret',
  '不予公开.其他法律行政法规禁止公开': 'withheld.prohibitedByLaw',
  '不予公开.危及"三安全一稳定"': 'withheld.securityStability',
  '不予公开.保护第三方合法权益': 'withheld.thirdParty',
  '不予公开.属于三类内部事务信息': 'withheld.internalAffairs',
  '不予公开.属于四类过程性信息': 'withheld.processInformation',
  '不予公开.属于行政执法案卷': 'withheld.enforcementFile',
  '不予公开.属于行政查询事项': 'withheld.queryMatter',
  '无法提供.本机关不掌握相关政府信息': 'unavailable.notHeld',
  '无法提供.没有现成信息需要另行制作': 'unavailable.needsCreation',
  '无法提供.补正后申请内容仍不明确': 'unavailable.stillUnclear',
  '不予处理.信访举报投诉类申请': 'notProcessed.complaint',
  '不予处理.重复申请': 'notProcessed.repeated',
  '不予处理.要求提供公开出版物': 'notProcessed.publication',
  '不予处理.无正当理由大量反复申请': 'notProcessed.excessive',
  '不予处理.要求行政机关确认或重新出具已获取信息': 'notProcessed.confirmation',
  '其他处理.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请':
    'other.correctionLapsed',
  '其他处理.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请':
    'other.feeLapsed',
  '其他处理.其他': 'other.other',
};

/** An outcome in the reader's language; one not in the list is shown as recorded. */
export function outcomeLabel(outcome: string, t: Translate): string {
  const key = outcomeKeys[outcome];
  return key ? t(`foiPublic.outcome.${key}`) : outcome.replace('.', '：');
}

/** The outcome keys, for the test that every outcome has a wording. */
export const outcomeKeyList = outcomeKeys;

export interface Choice {
  value: string;
  label: string;
}

function ChoiceInputs(props: {
  name: string;
  options: Choice[];
  current: string | undefined;
  firstId: string | null;
}) {
  return (
    <>
      {props.options.map((option, index) => {
        const id =
          index === 0 && props.firstId ? props.firstId : `${fieldId(props.name)}-${option.value}`;
        return (
          <div class="radio" key={option.value}>
            <input
              type="radio"
              id={id}
              name={props.name}
              value={option.value}
              checked={props.current === option.value}
            />
            <label for={id}>{option.label}</label>
          </div>
        );
      })}
    </>
  );
}

/**
 * Radio buttons in a fieldset with a legend, a hint and the field's error, like the platform's
 * RadioGroup; `nested` groups some choices under their own legend (法人或其他组织). The first
 * radio carries the field's id, so the error summary's link lands on it.
 */
export function ChoiceGroup(props: {
  name: string;
  legend: string;
  hint?: string;
  options: Choice[];
  nested?: { legend: string; options: Choice[] };
  state: FormState;
}) {
  const { t } = useView();
  const error = props.state.errors.find((e) => e.field === props.name);
  const current = props.state.values[props.name];
  const id = fieldId(props.name);
  const described = [props.hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      class={error ? 'field field-error' : 'field'}
      aria-describedby={described || undefined}
    >
      <legend>{props.legend}</legend>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {error && (
        <p class="error-message" id={`${id}-error`}>
          {t(error.message, error.vars)}
        </p>
      )}
      <ChoiceInputs name={props.name} options={props.options} current={current} firstId={id} />
      {props.nested && (
        <fieldset class="field">
          <legend>{props.nested.legend}</legend>
          <ChoiceInputs
            name={props.name}
            options={props.nested.options}
            current={current}
            firstId={null}
          />
        </fieldset>
      )}
    </fieldset>
  );
}

/** The due date, marked 暂定 when it rests on a year whose holidays are not published yet. */
export function DueDate(props: { dueOn: string; provisional: boolean }) {
  const { t } = useView();
  return (
    <>
      <DateText date={props.dueOn} />
      {props.provisional && (
        <>
          {' '}
          <strong class="status-tag">{t('foiPublic.provisional')}</strong>
        </>
      )}
    </>
  );
}
