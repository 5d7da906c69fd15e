/** The read-only parts of an item's page: its facts, its history, its attachments. */
import type { ComponentChildren } from 'preact';
import {
  TableScroll,
  TextField,
  useView,
  type FormState,
} from '../../../../platform/views/index.ts';
import type { Item, ItemEvent } from '../../publishing.queries.ts';
import { attachmentUrl, staffAttachmentUrl, type Attachment } from '../attachments.queries.ts';
import { beijingTime, itemHref, stateLabel, typeLabel } from './labels.tsx';

function Fact(props: { label: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </>
  );
}

export function ItemFacts(props: { item: Item; channelName: string }) {
  const { t } = useView();
  const { item } = props;
  const l = (key: string) => t(`publishingConsole.${key}`);
  return (
    <dl class="facts">
      <Fact label={l('col.channel')}>{props.channelName}</Fact>
      <Fact label={l('col.type')}>{typeLabel(t, item.type)}</Fact>
      <Fact label={l('item.edition')}>
        {t('publishingConsole.item.editionValue', { edition: item.edition })}
        {item.supersedesId !== null && (
          <>
            {' '}
            {l('item.supersedes')} <a href={itemHref(item.supersedesId)}>#{item.supersedesId}</a>
          </>
        )}
      </Fact>
      <Fact label={l('col.formedOn')}>{item.formedOn}</Fact>
      {item.publishedOn && <Fact label={l('col.publishedOn')}>{item.publishedOn}</Fact>}
      {item.state === 'scheduled' && item.scheduledAt && (
        <Fact label={l('item.scheduledAt')}>{beijingTime(item.scheduledAt)}</Fact>
      )}
      {item.docNumber && <Fact label={l('field.docNumber')}>{item.docNumber}</Fact>}
      {item.writtenOn && <Fact label={l('field.writtenOn')}>{item.writtenOn}</Fact>}
      {item.subjectCategory && (
        <Fact label={l('field.subjectCategory')}>{item.subjectCategory}</Fact>
      )}
      {item.validity && (
        <Fact label={l('step.validityField')}>
          {t(`publishingConsole.validity.${item.validity}`)}
        </Fact>
      )}
      {item.replacedById !== null && (
        <Fact label={l('item.replacedBy')}>
          <a href={itemHref(item.replacedById)}>#{item.replacedById}</a>
        </Fact>
      )}
      {item.policyId !== null && (
        <Fact label={l('field.policy')}>
          <a href={itemHref(item.policyId)}>#{item.policyId}</a>
        </Fact>
      )}
      {item.withdrawnReason && (
        <Fact label={l('item.withdrawnReason')}>{item.withdrawnReason}</Fact>
      )}
      {item.state === 'published' && (
        <Fact label={l('item.publicLink')}>
          <a href={`/openness/items/${item.id}`}>{`/openness/items/${item.id}`}</a>
        </Fact>
      )}
    </dl>
  );
}

/** The stored body: sanitised on save (platform/html), so it is put in the page as is. */
export function ItemBody(props: { item: Item }) {
  const { t } = useView();
  const { item } = props;
  return (
    <section aria-labelledby="content-title">
      <h2 id="content-title">{t('publishingConsole.item.content')}</h2>
      {item.summary && <p class="summary">{item.summary}</p>}
      {item.bodyHtml ? (
        <div class="publication-body" dangerouslySetInnerHTML={{ __html: item.bodyHtml }} />
      ) : (
        <p>{t('publishingConsole.item.noBody')}</p>
      )}
    </section>
  );
}

export function History(props: { events: ItemEvent[] }) {
  const { t } = useView();
  const l = (key: string) => t(`publishingConsole.history.${key}`);
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{l('title')}</h2>
      <TableScroll>
        <table class="data-table">
          <caption>{l('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{l('at')}</th>
              <th scope="col">{l('step')}</th>
              <th scope="col">{l('by')}</th>
              <th scope="col">{l('note')}</th>
            </tr>
          </thead>
          <tbody>
            {props.events.map((e) => (
              <tr key={e.id}>
                <th scope="row" class="nowrap">
                  {beijingTime(e.at)}
                </th>
                <td>
                  {e.fromState === null
                    ? `${l('created')} → ${stateLabel(t, e.toState)}`
                    : `${stateLabel(t, e.fromState)} → ${stateLabel(t, e.toState)}`}
                </td>
                <td>{e.actorName}</td>
                <td>{e.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

export function Attachments(props: {
  itemId: number;
  attachments: Attachment[];
  canChange: boolean;
  form: FormState;
}) {
  const { t, csrfToken } = useView();
  const l = (key: string) => t(`publishingConsole.attachments.${key}`);
  const base = `${itemHref(props.itemId)}/attachments`;
  const kindError = props.form.errors.find((e) => e.field === 'kind');
  const kind = props.form.values['kind'] ?? 'attachment';
  return (
    <section aria-labelledby="attachments-title">
      <h2 id="attachments-title">{l('title')}</h2>
      {props.attachments.length === 0 ? (
        <p>{l('none')}</p>
      ) : (
        <TableScroll>
          <table class="data-table">
            <caption>{l('caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('publishingConsole.col.title')}</th>
                <th scope="col">{l('kind')}</th>
                <th scope="col">{l('size')}</th>
                <th scope="col">{l('address')}</th>
                {props.canChange && <th scope="col">{l('remove')}</th>}
              </tr>
            </thead>
            <tbody>
              {props.attachments.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <a href={staffAttachmentUrl(a)}>{a.title}</a>
                  </th>
                  <td>{l(`kindShort.${a.kind}`)}</td>
                  <td>
                    {t('publishingConsole.attachments.sizeValue', { kb: Math.ceil(a.size / 1024) })}
                  </td>
                  <td>
                    <code>{attachmentUrl(a)}</code>
                  </td>
                  {props.canChange && (
                    <td>
                      <form method="post" action={`${base}/${a.id}/remove`}>
                        <input type="hidden" name="_csrf" value={csrfToken} />
                        <button type="submit" class="link-button">
                          {l('remove')} {a.title}
                        </button>
                      </form>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {props.canChange && (
        <form
          method="post"
          action={`${base}?_csrf=${encodeURIComponent(csrfToken)}`}
          enctype="multipart/form-data"
          class="form-page"
          noValidate
        >
          <fieldset class={kindError ? 'field field-error' : 'field'}>
            <legend>{l('kind')}</legend>
            {kindError && <p class="error-message">{t(kindError.message)}</p>}
            {(['attachment', 'image'] as const).map((k) => (
              <div class="radio" key={k}>
                <input
                  type="radio"
                  id={k === 'attachment' ? 'field-kind' : `field-kind-${k}`}
                  name="kind"
                  value={k}
                  checked={kind === k}
                />
                <label for={k === 'attachment' ? 'field-kind' : `field-kind-${k}`}>
                  {l(`kind.${k}`)}
                </label>
              </div>
            ))}
          </fieldset>
          <TextField
            name="attachmentTitle"
            label={l('titleField')}
            hint={l('titleHint')}
            state={props.form}
          />
          <FileField state={props.form} label={l('file')} />
          <button type="submit">{l('upload')}</button>
          <p class="hint">{l('imageHint')}</p>
        </form>
      )}
    </section>
  );
}

function FileField(props: { state: FormState; label: string }) {
  const { t } = useView();
  const error = props.state.errors.find((e) => e.field === 'file');
  return (
    <div class={error ? 'text-field field-error' : 'text-field'}>
      <label for="field-file">{props.label}</label>
      {error && (
        <p class="error-message" id="field-file-error">
          {t(error.message, error.vars)}
        </p>
      )}
      <input
        id="field-file"
        name="file"
        type="file"
        accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
        aria-describedby={error ? 'field-file-error' : undefined}
        aria-invalid={error ? 'true' : undefined}
      />
    </div>
  );
}
