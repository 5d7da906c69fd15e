/** Pieces the warning pages share: a select field, the list's link, what a rule found in words. */
import { useView, SelectField } from '../../../platform/views/index.ts';
import type { WarningRule } from '../warnings.model.ts';

export const warningsPath = '/staff/supervision/warnings';
export const warningPath = (id: number) => `${warningsPath}/${id}`;
/** The matter's page (timeline), owned by the matters area of supervision. */
export const matterPath = (supervisedId: number) => `/staff/supervision/matters/${supervisedId}`;

export { SelectField };

const str = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** What the rule found, in one or two sentences. */
export function FoundText(props: { rule: WarningRule; detail: Record<string, unknown> }) {
  const { t } = useView();
  const d = props.detail;
  const vars = Object.fromEntries(Object.entries(d).map(([k, v]) => [k, str(v)]));
  switch (props.rule) {
    case 'refused_without_reason':
    case 'returned_without_reason':
      return (
        <p>
          {d.reasonMissing ? t('warnings.detail.reasonMissing') : ''}
          {d.legalBasisMissing ? t('warnings.detail.legalBasisMissing') : ''}
        </p>
      );
    case 'fee_on_free_item':
      return <p>{t('warnings.detail.fee', vars)}</p>;
    case 'step_overrun':
      return <p>{t('warnings.detail.step', vars)}</p>;
    case 'overdue':
      return <p>{t('warnings.detail.overdue', vars)}</p>;
  }
}
