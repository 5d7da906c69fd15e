/** The content form of a publication: common fields, a policy's metadata, an interpretation's policy. */
import {
  Form,
  SelectField,
  TextField,
  useView,
  type FormState,
} from '../../../../platform/views/index.ts';
import type { ItemType } from '../../publishing.model.ts';
import type { OrgChoice, PolicyRow } from '../console.queries.ts';

export interface Choices {
  issuingOrgs: OrgChoice[];
  policies: PolicyRow[];
  /** Catalog nodes an item may be placed on (条例第20–21条 categories and themes). */
  catalogNodes: { value: string; label: string }[];
}

export function ItemForm(props: {
  action: string;
  type: ItemType;
  state: FormState;
  choices: Choices;
  submitLabel: string;
  hidden?: Record<string, string>;
}) {
  const { t } = useView();
  const { type, state, choices } = props;
  const f = (name: string) => t(`publishingConsole.field.${name}`);
  return (
    <Form action={props.action} class="form-page">
      {Object.entries(props.hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <TextField name="title" label={f('title')} state={state} />
      <TextField name="summary" label={f('summary')} state={state} rows={3} />
      <TextField
        name="bodyHtml"
        label={f('bodyHtml')}
        hint={f('bodyHtmlHint')}
        state={state}
        rows={16}
      />
      <TextField
        name="formedOn"
        type="date"
        label={f('formedOn')}
        hint={f('formedOnHint')}
        state={state}
      />
      {(type === 'policy' || type === 'notice') && (
        <TextField name="docNumber" label={f('docNumber')} state={state} />
      )}
      {type === 'policy' && (
        <>
          <SelectField
            name="issuingOrgId"
            label={f('issuingOrg')}
            state={state}
            blank={f('choose')}
            options={choices.issuingOrgs.map((o) => ({
              value: String(o.id),
              label: `${'\u3000'.repeat(o.depth)}${o.name}`,
            }))}
          />
          <TextField name="writtenOn" type="date" label={f('writtenOn')} state={state} />
        </>
      )}
      {type !== 'page' && (
        <TextField name="subjectCategory" label={f('subjectCategory')} state={state} />
      )}
      {type === 'interpretation' && (
        <SelectField
          name="policyId"
          label={f('policy')}
          state={state}
          blank={f('choose')}
          options={choices.policies.map((p) => ({
            value: String(p.id),
            label: [p.title, p.docNumber, p.publishedOn].filter(Boolean).join(' '),
          }))}
        />
      )}
      {choices.catalogNodes.length > 0 && (
        <SelectField
          name="catalogNode"
          label={f('catalogNode')}
          hint={f('catalogNodeHint')}
          state={state}
          blank={f('catalogNodeDefault')}
          options={choices.catalogNodes}
        />
      )}
      <button type="submit">{props.submitLabel}</button>
    </Form>
  );
}
