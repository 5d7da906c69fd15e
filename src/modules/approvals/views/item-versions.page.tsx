import { StaffLayout, useView, TableScroll } from '../../../platform/views/index.ts';
import { yuanOf } from '../items.model.ts';
import type { ItemRow, VersionRow } from '../items.queries.ts';

/** /staff/approvals/items/:code/versions: each version, newest first, with who and why. */
export function ItemVersionsPage(props: { item: ItemRow; versions: VersionRow[] }) {
  const { t, locale } = useView();
  const title = t('approvals.items.versions.title', { name: props.item.name });
  const when = new Intl.DateTimeFormat(locale, {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <StaffLayout title={title} system="powers">
      <p>
        <a href={`/staff/approvals/items/${encodeURIComponent(props.item.code)}`}>
          {props.item.name}
        </a>
      </p>
      <h1>{title}</h1>
      <TableScroll>
        <table class="data-table">
          <caption>{t('approvals.items.versions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('approvals.items.versions.version')}</th>
              <th scope="col">{t('approvals.items.versions.changedAt')}</th>
              <th scope="col">{t('approvals.items.versions.changedBy')}</th>
              <th scope="col">{t('approvals.items.versions.note')}</th>
              <th scope="col">{t('approvals.items.versions.summary')}</th>
            </tr>
          </thead>
          <tbody>
            {props.versions.map((v) => (
              <tr key={v.version}>
                <th scope="row">{v.version}</th>
                <td class="nowrap">{when.format(v.changedAt)}</td>
                <td>{v.changedBy}</td>
                <td>{v.note}</td>
                <td>
                  <strong>{v.content.name}</strong>
                  {v.content.status === 'retired' && ` (${t('approvals.items.status.retired')})`}
                  <br />
                  {t('approvals.items.versions.line', {
                    statutory: v.content.statutoryDays,
                    promised: v.content.promisedDays,
                    materials: v.content.materials.length,
                    reviews: v.content.reviewOrgs.length,
                    fee:
                      v.content.feeFen === 0
                        ? t('approvals.items.free')
                        : t('approvals.items.yuan', { amount: yuanOf(v.content.feeFen) }),
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </StaffLayout>
  );
}
