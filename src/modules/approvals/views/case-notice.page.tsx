/** /staff/approvals/cases/:n/notice — the printable one-time notice (一次性告知书, 行政许可法第32条). */
import { Document, useView } from '../../../platform/views/index.ts';
import type { StaffCase } from '../case-read.service.ts';

export function CaseNoticePage(props: { data: StaffCase }) {
  const { t } = useView();
  const { row, materials } = props.data;
  const missing = materials.filter((m) => m.isRequired && !m.provided);
  return (
    <Document title={t('approvals.cases.notice.title')} bodyClass="print-page">
      <main id="main" class="letter">
        <h1>{t('approvals.cases.notice.title')}</h1>
        <p>{t('approvals.cases.notice.to', { name: row.applicantName })}</p>
        <p>
          {t('approvals.cases.notice.body', {
            receivedOn: row.receivedOn,
            item: row.itemName,
            trackingNumber: row.trackingNumber,
          })}
        </p>
        <ol id="missing-materials">
          {missing.map((m) => (
            <li key={m.materialId}>{m.name}</li>
          ))}
        </ol>
        <p>{t('approvals.cases.notice.after')}</p>
        <p>{t('approvals.cases.notice.basis')}</p>
        <p class="letter-signature">
          {row.centerName}
          <br />
          {row.noticedOn ?? ''}
        </p>
      </main>
    </Document>
  );
}
