import { useView } from '../../../../platform/views/index.ts';
import type { PublicItemView } from '../item.queries.ts';
import { itemPath } from '../site.queries.ts';

/** The metadata table of a publication (索引号, 发布机构, 发文字号, dates, 主题分类, 有效性). */
export function ItemMeta(props: { view: PublicItemView }) {
  const { t } = useView();
  const { item, replacedBy } = props.view;
  const rows: [string, preact.ComponentChild][] = [];
  if (item.indexNumber) rows.push(['indexNumber', item.indexNumber]);
  rows.push(['type', t(`publishingSite.type.${item.type}`)]);
  rows.push(['channel', item.channelName]);
  if (item.issuingOrgName) rows.push(['issuingOrg', item.issuingOrgName]);
  if (item.docNumber) rows.push(['docNumber', item.docNumber]);
  if (item.writtenOn)
    rows.push(['writtenOn', <time dateTime={item.writtenOn}>{item.writtenOn}</time>]);
  rows.push(['publishedOn', <time dateTime={item.publishedOn}>{item.publishedOn}</time>]);
  if (item.subjectCategory) rows.push(['subject', item.subjectCategory]);
  if (item.validity) {
    rows.push([
      'validity',
      <>
        <span class={`validity validity-${item.validity}`}>
          {t(`publishingSite.validity.${item.validity}`)}
        </span>
        {replacedBy && (
          <>
            {'　'}
            <a href={itemPath(replacedBy.id)}>
              {t('publishingSite.item.replacedBy', { title: replacedBy.title })}
            </a>
          </>
        )}
      </>,
    ]);
  }
  return (
    <table class="meta-table">
      <caption>{t('publishingSite.item.meta')}</caption>
      <tbody>
        {rows.map(([key, value]) => (
          <tr key={key}>
            <th scope="row">{t(`publishingSite.item.${key}`)}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
