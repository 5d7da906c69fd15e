/** Pieces shared by the guide and item pages: the kind badge, limits, fee, select lists. */
import { useView } from '../../../platform/views/index.ts';
import { yuanOf, type ItemKind } from '../items.model.ts';

export function KindBadge(props: { kind: ItemKind }) {
  const { t } = useView();
  return (
    <span class={`status-tag kind-${props.kind}`}>{t(`approvals.items.kind.${props.kind}`)}</span>
  );
}

/** "免费" when 0, else the amount in yuan. */
export function Fee(props: { feeFen: number }) {
  const { t } = useView();
  if (props.feeFen === 0) return <>{t('approvals.guides.free')}</>;
  return <>{t('approvals.guides.feeValue', { amount: yuanOf(props.feeFen) })}</>;
}

/** The promised limit as a list shows it: 即办 or N working days. */
export function PromisedLimit(props: { days: number }) {
  const { t } = useView();
  return (
    <>
      {props.days === 0
        ? t('approvals.guides.instantLimit')
        : t('approvals.guides.promisedLimit', { days: props.days })}
    </>
  );
}

/** A labelled select; the first option may be an "all" or "none" choice with the value ''. */
export function SelectField(props: {
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  empty?: string;
  error?: string;
  id?: string;
}) {
  const id = props.id ?? `field-${props.name}`;
  return (
    <div class={props.error ? 'text-field field-error' : 'text-field'}>
      <label for={id}>{props.label}</label>
      {props.error && (
        <p class="error-message" id={`${id}-error`}>
          {props.error}
        </p>
      )}
      <select
        id={id}
        name={props.name}
        aria-describedby={props.error ? `${id}-error` : undefined}
        aria-invalid={props.error ? 'true' : undefined}
      >
        {props.empty !== undefined && <option value="">{props.empty}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** `?q=…&org=…&page=N` from the kept filter values. */
export function queryOf(values: Record<string, string | undefined>, page?: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  if (page && page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}
