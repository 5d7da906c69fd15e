import type { ComponentChildren } from 'preact';
import type { FieldError } from '../errors/index.ts';
import { useView } from './view-context.ts';

/** What a form page needs to re-render after a failed submission: the input and the errors. */
export interface FormState {
  values: Record<string, string>;
  errors: FieldError[];
}

export const emptyForm: FormState = { values: {}, errors: [] };

export function fieldId(name: string): string {
  return `field-${name}`;
}

/** A POST form carrying the CSRF token; every form goes through here. */
export function Form(props: { action: string; children: ComponentChildren; class?: string }) {
  const { csrfToken } = useView();
  return (
    <form method="post" action={props.action} class={props.class} noValidate>
      <input type="hidden" name="_csrf" value={csrfToken} />
      {props.children}
    </form>
  );
}

/** The list of problems at the top of a failed form, each linking to its field. */
export function ErrorSummary(props: { errors: FieldError[] }) {
  const { t } = useView();
  if (props.errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title">
        {t('form.errorSummary.title', { count: props.errors.length })}
      </h2>
      <ul>
        {props.errors.map((error) => (
          <li key={error.field}>
            <a href={`#${fieldId(error.field)}`}>{t(error.message, error.vars)}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function errorFor(state: FormState, name: string): FieldError | undefined {
  return state.errors.find((e) => e.field === name);
}

export function RadioGroup(props: {
  name: string;
  legend: string;
  options: { value: string; label: string; lang?: string }[];
  state: FormState;
  fallback?: string;
}) {
  const { t } = useView();
  const error = errorFor(props.state, props.name);
  const current = props.state.values[props.name] ?? props.fallback;
  const errorId = `${fieldId(props.name)}-error`;
  return (
    <fieldset
      class={error ? 'field field-error' : 'field'}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{props.legend}</legend>
      {error && (
        <p class="error-message" id={errorId}>
          {t(error.message, error.vars)}
        </p>
      )}
      {props.options.map((option, index) => {
        const id = index === 0 ? fieldId(props.name) : `${fieldId(props.name)}-${index}`;
        return (
          <div class="radio" key={option.value}>
            <input
              type="radio"
              id={id}
              name={props.name}
              value={option.value}
              checked={current === option.value}
            />
            <label for={id} lang={option.lang}>
              {option.label}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

export function TextField(props: {
  name: string;
  label: string;
  state: FormState;
  type?: 'text' | 'password' | 'email' | 'tel' | 'date' | 'number';
  hint?: string;
  /** A multi-line field (textarea) of this many rows. */
  rows?: number;
  autocomplete?: string;
  /** Never put a password back into the page. */
  keepValue?: boolean;
}) {
  const { t } = useView();
  const error = errorFor(props.state, props.name);
  const id = fieldId(props.name);
  const described = [props.hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const value = props.keepValue === false ? '' : (props.state.values[props.name] ?? '');
  return (
    <div class={error ? 'text-field field-error' : 'text-field'}>
      <label for={id}>{props.label}</label>
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
      {props.rows ? (
        <textarea
          id={id}
          name={props.name}
          rows={props.rows}
          aria-describedby={described || undefined}
          aria-invalid={error ? 'true' : undefined}
        >
          {value}
        </textarea>
      ) : (
        <input
          id={id}
          name={props.name}
          type={props.type ?? 'text'}
          value={value}
          autocomplete={props.autocomplete}
          aria-describedby={described || undefined}
          aria-invalid={error ? 'true' : undefined}
        />
      )}
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
  lang?: string;
}

export interface OptionGroup {
  label: string;
  options: Option[];
}

/** A select with its label, hint and error, like TextField; options may be grouped. */
export function SelectField(props: {
  name: string;
  label: string;
  state: FormState;
  options: (Option | OptionGroup)[];
  /** The first, empty choice ("choose" or "any"). */
  blank?: string;
  hint?: string;
  fallback?: string;
}) {
  const { t } = useView();
  const id = fieldId(props.name);
  const error = props.state.errors.find((e) => e.field === props.name);
  const current = props.state.values[props.name] ?? props.fallback ?? '';
  const described = [props.hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const option = (o: Option) => (
    <option key={o.value} value={o.value} selected={current === o.value} lang={o.lang}>
      {o.label}
    </option>
  );
  return (
    <div class={error ? 'text-field field-error' : 'text-field'}>
      <label for={id}>{props.label}</label>
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
      <select
        id={id}
        name={props.name}
        aria-describedby={described || undefined}
        aria-invalid={error ? 'true' : undefined}
      >
        {props.blank !== undefined && <option value="">{props.blank}</option>}
        {props.options.map((o) =>
          'options' in o ? (
            <optgroup key={o.label} label={o.label}>
              {o.options.map(option)}
            </optgroup>
          ) : (
            option(o)
          ),
        )}
      </select>
    </div>
  );
}
