import {
  ErrorSummary,
  StaffLayout,
  useView,
  type FormState,
} from '../../../../platform/views/index.ts';
import type { ItemType } from '../../publishing.model.ts';
import type { PublishingAction } from '../../publishing.policy.ts';
import type { Item, ItemEvent } from '../../publishing.queries.ts';
import type { Attachment } from '../attachments.queries.ts';
import { ItemForm, type Choices } from './item-form.tsx';
import { Attachments, History, ItemBody, ItemFacts } from './item-parts.tsx';
import { availableSteps, StepPanel, type StepForms } from './item-steps.tsx';
import { itemHref, stateLabel, typeLabel } from './labels.tsx';

const empty: FormState = { values: {}, errors: [] };

/** /staff/publishing/items/new — the form of a new draft in a channel. */
export function NewItemPage(props: {
  channel: { code: string; name: string; id: number };
  type: ItemType;
  form: FormState;
  choices: Choices;
}) {
  const { t } = useView();
  const title = t('publishingConsole.item.new', {
    type: typeLabel(t, props.type),
    channel: props.channel.name,
  });
  return (
    <StaffLayout title={title} system="publishing">
      <ErrorSummary errors={props.form.errors} />
      <p>
        <a href="/staff/publishing">{t('publishingConsole.back')}</a>
      </p>
      <h1>{title}</h1>
      <ItemForm
        action="/staff/publishing/items/new"
        type={props.type}
        state={props.form}
        choices={props.choices}
        submitLabel={t('publishingConsole.item.create')}
        hidden={{ channel: props.channel.code, type: props.type }}
      />
    </StaffLayout>
  );
}

export interface ItemPageData {
  item: Item;
  channel: { name: string; twoPersonRule: boolean };
  may: Record<PublishingAction, boolean>;
  events: ItemEvent[];
  attachments: Attachment[];
  choices: Choices;
  hasNextEdition: boolean;
  /** The item's catalog node (chosen, or its type's default). */
  catalogNode: string;
}

/** Values of the content form from the stored item. */
export function formOfItem(item: Item, catalogNode = ''): FormState {
  const text = (v: string | number | null) => (v === null ? '' : String(v));
  return {
    values: {
      title: item.title,
      summary: item.summary,
      bodyHtml: item.bodyHtml,
      formedOn: item.formedOn,
      docNumber: text(item.docNumber),
      issuingOrgId: text(item.issuingOrgId),
      writtenOn: text(item.writtenOn),
      subjectCategory: text(item.subjectCategory),
      policyId: text(item.policyId),
      catalogNode,
    },
    errors: [],
  };
}

/** /staff/publishing/items/:id — the item, its edit form (a draft), steps, attachments, history. */
export function ItemPage(props: {
  data: ItemPageData;
  editForm?: FormState;
  stepForms?: StepForms;
  attachmentForm?: FormState;
  /** The catalog key of what was just done. */
  flash?: string;
  /** Working days between formed and published, when publishItem warned (条例第26条). */
  lateDays?: number;
}) {
  const { t } = useView();
  const { item, may } = props.data;
  const stepForms = props.stepForms ?? {};
  const editable = item.state === 'draft' && may.author;
  const errors = [
    ...(props.editForm?.errors ?? []),
    ...Object.values(stepForms).flatMap((f) => f?.errors ?? []),
    ...(props.attachmentForm?.errors ?? []),
  ];
  const steps = availableSteps(item, may, props.data.hasNextEdition);
  return (
    <StaffLayout title={item.title} system="publishing">
      <ErrorSummary errors={errors} />
      <p>
        <a href="/staff/publishing">{t('publishingConsole.back')}</a>
      </p>
      <h1>
        {item.title} <span class="status-tag">{stateLabel(t, item.state)}</span>
      </h1>
      {props.flash && <p role="status">{t(props.flash)}</p>}
      {props.lateDays !== undefined && (
        <p class="warning" role="alert">
          {t('publishing.warning.late', { days: props.lateDays })}
        </p>
      )}
      <h2>{t('publishingConsole.item.facts')}</h2>
      <ItemFacts item={item} channelName={props.data.channel.name} />
      {editable ? (
        <section aria-labelledby="content-title">
          <h2 id="content-title">{t('publishingConsole.item.content')}</h2>
          <ItemForm
            action={itemHref(item.id)}
            type={item.type}
            state={props.editForm ?? formOfItem(item, props.data.catalogNode)}
            choices={props.data.choices}
            submitLabel={t('publishingConsole.item.save')}
          />
        </section>
      ) : (
        <ItemBody item={item} />
      )}
      <Attachments
        itemId={item.id}
        attachments={props.data.attachments}
        canChange={editable}
        form={props.attachmentForm ?? empty}
      />
      <StepPanel
        itemId={item.id}
        steps={steps}
        forms={stepForms}
        twoPersonRule={props.data.channel.twoPersonRule}
      />
      <History events={props.data.events} />
    </StaffLayout>
  );
}
