/**
 * /staff/approvals/window — the window desk (一窗受理): choose the window and the item, enter the
 * applicant, tick the materials in hand, then 受理, 一次性告知 or 不予受理; an instant item (即办件)
 * gets a prominent 受理并办结 button that finishes it on the spot.
 */
import {
  ErrorSummary,
  Form,
  StaffLayout,
  TextField,
  useView,
  type FormState,
} from '../../../platform/views/index.ts';
import type { DeskItem, DeskWindow } from '../window-desk.queries.ts';
import { ApplicantFields, MaterialChecks, type MaterialChoice } from './case-applicant.tsx';
import { SelectField, caseHref } from './case-parts.tsx';

export interface DeskSelection {
  windows: DeskWindow[];
  items: DeskItem[];
  windowId: number | null;
  item: (DeskItem & { materials: MaterialChoice[] }) | null;
}

function Picker(props: { selection: DeskSelection }) {
  const { t } = useView();
  const { selection } = props;
  const values = {
    window: selection.windowId ? String(selection.windowId) : '',
    item: selection.item?.code ?? '',
  };
  const state = { values, errors: [] };
  return (
    <form method="get" action="/staff/approvals/window" class="filter-form">
      <SelectField
        name="window"
        label={t('approvals.desk.window')}
        state={state}
        blank={t('approvals.desk.chooseWindow')}
        options={selection.windows.map((w) => ({
          value: String(w.id),
          label: `${w.centerName} ${w.name}`,
        }))}
      />
      {selection.windowId && (
        <SelectField
          name="item"
          label={t('approvals.desk.item')}
          state={state}
          blank={t('approvals.desk.chooseItem')}
          options={selection.items.map((i) => ({
            value: i.code,
            label: `${i.promisedDays === 0 ? `【${t('approvals.cases.instant')}】` : ''}${i.code} ${i.name}`,
          }))}
        />
      )}
      <button type="submit" class="button button-secondary">
        {t('approvals.desk.choose')}
      </button>
    </form>
  );
}

function ApplicationForm(props: { selection: DeskSelection; state: FormState }) {
  const { t } = useView();
  const item = props.selection.item!;
  const { state } = props;
  const instant = item.promisedDays === 0;
  return (
    <Form action="/staff/approvals/window">
      <input type="hidden" name="window" value={String(props.selection.windowId)} />
      <input type="hidden" name="item" value={item.code} />
      <h2>
        {item.code} {item.name}{' '}
        <span class="status-tag">
          {instant
            ? t('approvals.cases.instant')
            : t('approvals.desk.promised', { days: item.promisedDays })}
        </span>
      </h2>
      {instant && (
        <div class="notice-box">
          <p>{t('approvals.desk.instantHint')}</p>
          <button
            type="submit"
            name="action"
            value="complete"
            class="button button-primary"
            id="accept-complete"
          >
            {t('approvals.desk.acceptAndComplete')}
          </button>
        </div>
      )}
      <ApplicantFields state={state} />
      <MaterialChecks
        materials={item.materials}
        state={state}
        legend={t('approvals.desk.materials')}
        allByDefault
      />
      {instant && (
        <TextField
          name="certificateNumber"
          label={t('approvals.cases.field.certificateNumber')}
          hint={t('approvals.desk.certificateHint')}
          state={state}
        />
      )}
      <div class="button-row">
        <button type="submit" name="action" value="accept" class="button">
          {t('approvals.desk.accept')}
        </button>
        <button type="submit" name="action" value="notice" class="button button-secondary">
          {t('approvals.desk.notice')}
        </button>
      </div>
      <h3>{t('approvals.desk.refuseTitle')}</h3>
      <TextField name="reason" rows={3} label={t('approvals.cases.field.reason')} state={state} />
      <TextField name="legalBasis" label={t('approvals.cases.field.legalBasis')} state={state} />
      <button type="submit" name="action" value="refuse" class="button button-secondary">
        {t('approvals.desk.refuse')}
      </button>
    </Form>
  );
}

export function WindowDeskPage(props: { selection: DeskSelection; state: FormState }) {
  const { t } = useView();
  const { selection, state } = props;
  return (
    <StaffLayout title={t('approvals.desk.title')} system="powers">
      <ErrorSummary errors={state.errors} />
      <h1>{t('approvals.desk.title')}</h1>
      <p>
        <a href="/staff/approvals/cases">{t('approvals.cases.list.title')}</a>
      </p>
      {selection.windows.length === 0 ? (
        <p>{t('approvals.desk.noWindows')}</p>
      ) : (
        <Picker selection={selection} />
      )}
      {selection.item && <ApplicationForm selection={selection} state={state} />}
    </StaffLayout>
  );
}

export interface DeskReceipt {
  trackingNumber: string;
  accessCode: string;
  state: string;
  itemName: string;
  dueOn: string | null;
  windowId: number;
}

/** After the desk's action: the number and code to hand to the applicant (shown this once). */
export function WindowReceiptPage(props: { receipt: DeskReceipt }) {
  const { t } = useView();
  const { receipt } = props;
  return (
    <StaffLayout title={t('approvals.desk.receiptTitle')} system="powers">
      <h1>{t('approvals.desk.receiptTitle')}</h1>
      <p class="success-message" id="case-state">
        {t(`approvals.cases.state.${receipt.state}`)}
      </p>
      <dl class="facts">
        <dt>{t('approvals.cases.field.item')}</dt>
        <dd>{receipt.itemName}</dd>
        <dt>{t('approvals.cases.field.trackingNumber')}</dt>
        <dd>
          <strong id="tracking-number">{receipt.trackingNumber}</strong>
        </dd>
        <dt>{t('approvals.cases.field.accessCode')}</dt>
        <dd>
          <strong id="access-code">{receipt.accessCode}</strong>
        </dd>
        {receipt.dueOn && (
          <>
            <dt>{t('approvals.cases.field.dueOn')}</dt>
            <dd>{receipt.dueOn}</dd>
          </>
        )}
      </dl>
      <p>{t('approvals.desk.handOver')}</p>
      <ul class="action-links">
        {receipt.state === 'notice' && (
          <li>
            <a href={`${caseHref(receipt.trackingNumber)}/notice`}>
              {t('approvals.desk.printNotice')}
            </a>
          </li>
        )}
        <li>
          <a href={caseHref(receipt.trackingNumber)}>{t('approvals.desk.openCase')}</a>
        </li>
        <li>
          <a href={`/staff/approvals/window?window=${receipt.windowId}`}>
            {t('approvals.desk.next')}
          </a>
        </li>
      </ul>
    </StaffLayout>
  );
}
