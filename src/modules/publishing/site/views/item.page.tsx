import { PortalLayout, useView, type PageMeta } from '../../../../platform/views/index.ts';
import type { PublicAttachment } from '../../console/attachments.queries.ts';
import type { ItemLink, PublicItemView } from '../item.queries.ts';
import { itemPath, typeSlugs, type ListedType } from '../site.queries.ts';
import { Attachments } from './attachments.tsx';
import { ItemMeta } from './item-meta.tsx';

function Links(props: { id: string; title: string; links: ItemLink[] }) {
  return (
    <section class="related" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <ul>
        {props.links.map((link) => (
          <li key={link.id}>
            <a href={itemPath(link.id)}>{link.title}</a>{' '}
            <time dateTime={link.publishedOn}>{link.publishedOn}</time>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A publication: metadata table, text, its policy or interpretations, a print link. */
export function ItemPage(props: {
  view: PublicItemView;
  attachments: PublicAttachment[];
  meta: PageMeta;
}) {
  const { t } = useView();
  const { item, interpretations, policy, nextEdition } = props.view;
  const slug = typeSlugs[item.type as ListedType] as string | undefined;
  const column = t(`publishingSite.type.${item.type}`);
  return (
    <PortalLayout title={item.title} section="openness" meta={props.meta}>
      <article class="publication" aria-labelledby="item-title">
        <p class="breadcrumbs">
          <a href="/openness">{t('publishingSite.openness.title')}</a>
          {slug && (
            <>
              {' › '}
              <a href={`/openness/${slug}`}>{column}</a>
            </>
          )}
        </p>
        {item.state === 'superseded' && (
          <p class="notice" role="note">
            {nextEdition ? (
              <>
                {t('publishingSite.item.superseded')}{' '}
                <a href={itemPath(nextEdition.id)}>{nextEdition.title}</a>
              </>
            ) : (
              t('publishingSite.item.supersededNoLink')
            )}
          </p>
        )}
        <h1 id="item-title">{item.title}</h1>
        <ItemMeta view={props.view} />
        <section class="publication-body" aria-label={t('publishingSite.item.body')}>
          {/* Sanitised on save (the console's allow-list), so it is rendered as stored. */}
          <div dangerouslySetInnerHTML={{ __html: item.bodyHtml }} />
        </section>
        <Attachments attachments={props.attachments} />
        {policy && <Links id="policy" title={t('publishingSite.item.policy')} links={[policy]} />}
        {interpretations.length > 0 && (
          <Links
            id="interpretations"
            title={t('publishingSite.item.interpretations')}
            links={interpretations}
          />
        )}
        <p class="action-links">
          <a href={`${itemPath(item.id)}/print`}>{t('publishingSite.item.print')}</a>
          {slug && (
            <>
              {' '}
              <a href={`/openness/${slug}`}>{t('publishingSite.item.back', { column })}</a>
            </>
          )}
        </p>
      </article>
    </PortalLayout>
  );
}
