import { PortalLayout, useView, type PageMeta } from '../../../platform/views/index.ts';
import { ItemList, typeSlugs, type ColumnItem, type ListedType } from '../../publishing/index.ts';

/** The home page's columns, newest first (政务公开 of RULES.md §5: columns are dated and kept fresh). */
export const homeColumns = ['news', 'notice', 'policy', 'interpretation'] as const;

/** The ways in: each to its module's public page, or to an honest "being built" page. */
const entries = [
  ['/foi/apply', 'foi'],
  ['/services/guides', 'guides'],
  ['/services/powers', 'powers'],
  ['/interaction', 'interaction'],
  ['/trading', 'trading'],
] as const;

export interface HomeFigures {
  year: string;
  thisYear: number;
  validPolicies: number;
  channels: number;
}

export function HomePage(props: {
  columns: Map<string, ColumnItem[]>;
  figures: HomeFigures;
  meta: PageMeta;
}) {
  const { t, settings, locale } = useView();
  const name =
    locale === 'en'
      ? settings.governmentNameEn || settings.governmentName
      : settings.governmentName;
  const { figures } = props;
  return (
    <PortalLayout title={t('portal.home.title')} section="home" meta={props.meta}>
      <section class="hero" aria-labelledby="welcome">
        <h1 id="welcome">{t('portal.home.welcome', { name })}</h1>
        <p>{t('portal.home.intro')}</p>
      </section>
      <section aria-labelledby="home-columns">
        <h2 id="home-columns" class="visually-hidden">
          {t('portal.home.columns')}
        </h2>
        <div class="columns">
          {homeColumns.map((type) => {
            const column = t(`publishingSite.type.${type}`);
            const href = `/openness/${typeSlugs[type as ListedType]}`;
            return (
              <section class="column" key={type} aria-labelledby={`home-${type}`}>
                <h3 id={`home-${type}`}>
                  <a href={href}>{column}</a>
                </h3>
                <ItemList items={props.columns.get(type) ?? []} label={column} />
                <p class="more">
                  <a href={href}>{t('publishingSite.more', { column })}</a>
                </p>
              </section>
            );
          })}
        </div>
      </section>
      <section aria-labelledby="entries">
        <h2 id="entries">{t('portal.home.entries')}</h2>
        <ul class="cards">
          {entries.map(([href, key]) => (
            <li class="card" key={key}>
              <h3>
                <a href={href}>{t(`portal.entry.${key}`)}</a>
              </h3>
              <p>{t(`portal.entry.${key}.summary`)}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="figures">
        <h2 id="figures">{t('publishingSite.figures.label')}</h2>
        <ul class="figures">
          <li>
            {t('publishingSite.figures.thisYear', { year: figures.year })}
            <strong>
              {t('publishingSite.figures.unit.items', { count: String(figures.thisYear) })}
            </strong>
          </li>
          <li>
            {t('publishingSite.figures.validPolicies')}
            <strong>
              {t('publishingSite.figures.unit.docs', { count: String(figures.validPolicies) })}
            </strong>
          </li>
          <li>
            {t('publishingSite.figures.channels', { year: figures.year })}
            <strong>
              {t('publishingSite.figures.unit.orgs', { count: String(figures.channels) })}
            </strong>
          </li>
        </ul>
      </section>
    </PortalLayout>
  );
}
