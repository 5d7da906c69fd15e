import type { ComponentChildren } from 'preact';
import {
  ErrorSummary,
  fieldId,
  Form,
  StaffLayout,
  TextField,
  useView,
  type FormState,
} from '../../../platform/views/index.ts';
import type { OrgSummary } from '../orgs.queries.ts';
import type { OrgDetails } from '../orgs.service.ts';
import { OrgLabel, orgHref, orgName } from './org-tree.page.tsx';

/** The forms of the page; the one that failed comes back with its input and errors. */
export interface OrgForms {
  edit?: FormState;
  move?: FormState;
  merge?: FormState;
  status?: FormState;
}

const blank: FormState = { values: {}, errors: [] };

/** The values the edit form starts with: the org as it is. */
export function orgEditValues(org: OrgSummary): FormState {
  return {
    values: {
      name: org.name,
      nameEn: org.nameEn,
      contactPhone: org.contactPhone,
      contactAddress: org.contactAddress,
      sortOrder: String(org.sortOrder),
    },
    errors: [],
  };
}

/** A choice of org, indented by depth so the list reads as the tree. */
function OrgSelect(props: {
  name: string;
  label: string;
  state: FormState;
  targets: OrgDetails['targets'];
  exclude?: number;
}) {
  const { t, locale } = useView();
  const id = fieldId(props.name);
  const error = props.state.errors.find((e) => e.field === props.name)?.message;
  const current = props.state.values[props.name] ?? '';
  return (
    <div class={error ? 'text-field field-error' : 'text-field'}>
      <label for={id}>{props.label}</label>
      {error && (
        <p class="error-message" id={`${id}-error`}>
          {t(error)}
        </p>
      )}
      <select
        id={id}
        name={props.name}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? 'true' : undefined}
      >
        <option value="">{t('orgs.choose')}</option>
        {props.targets
          .filter(({ org }) => org.id !== props.exclude)
          .map(({ org, depth }) => (
            <option key={org.id} value={org.code} selected={current === org.code}>
              {`${'\u3000'.repeat(depth)}${orgName(org, locale)}（${org.code}）`}
            </option>
          ))}
      </select>
    </div>
  );
}

/** Effective date and document number: every change to the tree records them. */
function ChangeNoteFields(props: { prefix: string; state: FormState }) {
  const { t } = useView();
  const date = props.prefix ? `${props.prefix}EffectiveOn` : 'effectiveOn';
  const doc = props.prefix ? `${props.prefix}DocumentNumber` : 'documentNumber';
  return (
    <>
      <TextField
        name={date}
        label={t('orgs.note.effectiveOn')}
        hint={t('orgs.note.effectiveOnHint')}
        state={props.state}
      />
      <TextField
        name={doc}
        label={t('orgs.note.documentNumber')}
        hint={t('orgs.note.documentNumberHint')}
        state={props.state}
      />
    </>
  );
}

function Fact(props: { label: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </>
  );
}

/** /staff/orgs/:code — details, history, and for an admin covering the org, the forms. */
export function OrgDetailPage(props: {
  details: OrgDetails;
  canChange: boolean;
  forms?: OrgForms;
}) {
  const { t, locale } = useView();
  const { org, parent, mergedInto, children, history, targets } = props.details;
  const forms = props.forms ?? {};
  const edit = forms.edit ?? orgEditValues(org);
  const errors = [edit, forms.move, forms.merge, forms.status].flatMap((f) => f?.errors ?? []);
  const href = orgHref(org.code);
  const none = t('orgs.detail.none');
  const statusError = forms.status?.errors.find((e) => e.field === 'status')?.message;
  return (
    <StaffLayout title={orgName(org, locale)} system="orgs">
      <ErrorSummary errors={errors} />
      <p>
        <a href="/staff/orgs">{t('orgs.detail.back')}</a>
      </p>
      <h1>
        {orgName(org, locale)}
        {!org.isActive && (
          <>
            {' '}
            <span class="status-tag">{t('orgs.inactive')}</span>
          </>
        )}
      </h1>
      <h2>{t('orgs.detail.facts')}</h2>
      <dl class="facts">
        <Fact label={t('orgs.detail.code')}>
          <code>{org.code}</code>
        </Fact>
        <Fact label={t('orgs.detail.kind')}>{t(`orgs.kind.${org.kind}`)}</Fact>
        <Fact label={t('orgs.detail.parent')}>
          {parent ? <a href={orgHref(parent.code)}>{orgName(parent, locale)}</a> : none}
        </Fact>
        <Fact label={t('orgs.detail.nameEn')}>
          {org.nameEn ? <span lang="en">{org.nameEn}</span> : none}
        </Fact>
        <Fact label={t('orgs.detail.contactPhone')}>{org.contactPhone || none}</Fact>
        <Fact label={t('orgs.detail.contactAddress')}>{org.contactAddress || none}</Fact>
        <Fact label={t('orgs.detail.sortOrder')}>{org.sortOrder}</Fact>
        <Fact label={t('orgs.detail.status')}>
          {org.isActive ? t('orgs.detail.active') : t('orgs.inactive')}
        </Fact>
        {mergedInto && (
          <Fact label={t('orgs.detail.mergedInto')}>
            <a href={orgHref(mergedInto.code)}>{orgName(mergedInto, locale)}</a>
          </Fact>
        )}
      </dl>

      <h2>{t('orgs.detail.children')}</h2>
      {children.length === 0 ? (
        <p>{t('orgs.detail.noChildren')}</p>
      ) : (
        <ul class="org-list">
          {children.map((child) => (
            <li key={child.id}>
              <OrgLabel org={child} />
            </li>
          ))}
        </ul>
      )}

      <h2 id="history">{t('orgs.history.title')}</h2>
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">{t('orgs.history.date')}</th>
            <th scope="col">{t('orgs.history.change')}</th>
            <th scope="col">{t('orgs.history.name')}</th>
            <th scope="col">{t('orgs.history.parent')}</th>
            <th scope="col">{t('orgs.history.document')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((entry) => (
            <tr key={entry.id}>
              <td>{entry.effectiveOn}</td>
              <td>{t(`orgs.change.${entry.change}`)}</td>
              <td>{entry.name}</td>
              <td>
                {entry.parentCode ? (
                  <a href={orgHref(entry.parentCode)}>{entry.parentName}</a>
                ) : (
                  none
                )}
              </td>
              <td>{entry.documentNumber}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {!props.canChange ? (
        <p class="notice">{t('orgs.detail.readOnly')}</p>
      ) : (
        <>
          <section class="form-page" aria-labelledby="edit-title">
            <h2 id="edit-title">{t('orgs.edit.title')}</h2>
            <Form action={href}>
              <TextField name="name" label={t('orgs.edit.name')} state={edit} />
              <TextField name="nameEn" label={t('orgs.edit.nameEn')} state={edit} />
              <TextField
                name="contactPhone"
                type="tel"
                label={t('orgs.edit.contactPhone')}
                state={edit}
              />
              <TextField name="contactAddress" label={t('orgs.edit.contactAddress')} state={edit} />
              <TextField
                name="sortOrder"
                label={t('orgs.edit.sortOrder')}
                hint={t('orgs.edit.sortOrderHint')}
                state={edit}
              />
              <p>{t('orgs.edit.renameNote')}</p>
              <ChangeNoteFields prefix="" state={edit} />
              <button type="submit" class="button">
                {t('orgs.edit.submit')}
              </button>
            </Form>
          </section>

          {org.isActive && (
            <section class="form-page" aria-labelledby="move-title">
              <h2 id="move-title">{t('orgs.move.title')}</h2>
              <p>{t('orgs.move.intro')}</p>
              <Form action={`${href}/move`}>
                <OrgSelect
                  name="parentCode"
                  label={t('orgs.move.parent')}
                  state={forms.move ?? blank}
                  targets={targets}
                  exclude={org.parentId ?? undefined}
                />
                <ChangeNoteFields prefix="move" state={forms.move ?? blank} />
                <button type="submit" class="button">
                  {t('orgs.move.submit')}
                </button>
              </Form>
            </section>
          )}

          {org.isActive && (
            <section class="form-page" aria-labelledby="merge-title">
              <h2 id="merge-title">{t('orgs.merge.title')}</h2>
              <p>{t('orgs.merge.intro')}</p>
              <Form action={`${href}/merge`}>
                <OrgSelect
                  name="intoCode"
                  label={t('orgs.merge.into')}
                  state={forms.merge ?? blank}
                  targets={targets}
                />
                <ChangeNoteFields prefix="merge" state={forms.merge ?? blank} />
                <button type="submit" class="button">
                  {t('orgs.merge.submit')}
                </button>
              </Form>
            </section>
          )}

          <section class="form-page" aria-labelledby={fieldId('status')}>
            {/* The id lets the error summary link to this section for errors of the whole form. */}
            <h2 id={fieldId('status')} tabIndex={-1}>
              {t('orgs.status.title')}
            </h2>
            {statusError && <p class="error-message">{t(statusError)}</p>}
            <p>
              {org.isActive ? t('orgs.status.deactivateIntro') : t('orgs.status.reactivateIntro')}
            </p>
            <Form action={`${href}/${org.isActive ? 'deactivate' : 'reactivate'}`}>
              <ChangeNoteFields prefix="status" state={forms.status ?? blank} />
              <button type="submit" class="button">
                {org.isActive ? t('orgs.status.deactivate') : t('orgs.status.reactivate')}
              </button>
            </Form>
          </section>
        </>
      )}
    </StaffLayout>
  );
}
