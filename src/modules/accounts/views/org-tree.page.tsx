import type { Locale } from '../../../platform/i18n/index.ts';
import { StaffLayout, useView } from '../../../platform/views/index.ts';
import type { OrgKind } from '../accounts.tables.ts';
import type { OrgSummary } from '../orgs.queries.ts';
import { orgKinds } from '../orgs.schemas.ts';
import { buildOrgTree, type OrgTreeNode } from '../orgs.service.ts';

/** The org's name in the page's language (the English name where there is one). */
export function orgName(org: Pick<OrgSummary, 'name' | 'nameEn'>, locale: Locale): string {
  return locale === 'en' && org.nameEn ? org.nameEn : org.name;
}

export function orgHref(code: string): string {
  return `/staff/orgs/${encodeURIComponent(code)}`;
}

/** Name (linked), kind and, if deactivated, a tag: one line of the tree or a list. */
export function OrgLabel(props: { org: OrgSummary }) {
  const { t, locale } = useView();
  const { org } = props;
  return (
    <>
      <a href={orgHref(org.code)} lang={locale === 'en' && org.nameEn ? 'en' : 'zh-CN'}>
        {orgName(org, locale)}
      </a>{' '}
      <span class="org-kind">（{t(`orgs.kind.${org.kind}`)}）</span>
      {!org.isActive && (
        <>
          {' '}
          <span class="status-tag">{t('orgs.inactive')}</span>
        </>
      )}
    </>
  );
}

function TreeList(props: { nodes: OrgTreeNode[]; label?: string }) {
  return (
    <ul class="org-tree" aria-label={props.label}>
      {props.nodes.map((node) => (
        <li key={node.org.id}>
          <OrgLabel org={node.org} />
          {node.children.length > 0 && <TreeList nodes={node.children} />}
        </li>
      ))}
    </ul>
  );
}

/** /staff/orgs: the tree as nested lists, or with a kind chosen, the orgs of that kind. */
export function OrgTreePage(props: {
  orgs: OrgSummary[];
  kind: OrgKind | undefined;
  showInactive: boolean;
  canImport: boolean;
}) {
  const { t, locale } = useView();
  const byId = new Map(props.orgs.map((o) => [o.id, o]));
  const ofKind = props.kind ? props.orgs.filter((o) => o.kind === props.kind) : [];
  return (
    <StaffLayout title={t('orgs.title')} system="orgs">
      <h1>{t('orgs.title')}</h1>
      <p>{t('orgs.intro')}</p>
      <p class="actions">
        <a href="/staff/orgs/export.xlsx" download>
          {t('orgs.export')}
        </a>
        {props.canImport && (
          <>
            {' · '}
            <a href="/staff/orgs/import">{t('orgs.importLink')}</a>
          </>
        )}
      </p>
      <form method="get" action="/staff/orgs" class="filter-form">
        <fieldset>
          <legend>{t('orgs.filter.legend')}</legend>
          <label for="filter-kind">{t('orgs.filter.kind')}</label>{' '}
          <select id="filter-kind" name="kind">
            <option value="">{t('orgs.filter.allKinds')}</option>
            {orgKinds.map((kind) => (
              <option key={kind} value={kind} selected={props.kind === kind}>
                {t(`orgs.kind.${kind}`)}
              </option>
            ))}
          </select>{' '}
          <span class="checkbox">
            <input
              type="checkbox"
              id="filter-inactive"
              name="inactive"
              value="1"
              checked={props.showInactive}
            />
            <label for="filter-inactive">{t('orgs.filter.showInactive')}</label>
          </span>{' '}
          <button type="submit" class="button">
            {t('orgs.filter.submit')}
          </button>
        </fieldset>
      </form>
      {props.kind ? (
        <>
          <h2>
            {t('orgs.countOfKind', { kind: t(`orgs.kind.${props.kind}`), count: ofKind.length })}
          </h2>
          {ofKind.length === 0 ? (
            <p>{t('orgs.none')}</p>
          ) : (
            <ul class="org-list">
              {ofKind.map((org) => {
                const parent = org.parentId === null ? undefined : byId.get(org.parentId);
                return (
                  <li key={org.id}>
                    <OrgLabel org={org} />
                    {parent && (
                      <span class="org-parent">
                        {' '}
                        {t('orgs.parentIs', { name: orgName(parent, locale) })}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </>
      ) : (
        <>
          <h2>{t('orgs.count', { count: props.orgs.length })}</h2>
          {props.orgs.length === 0 ? (
            <p>{t('orgs.none')}</p>
          ) : (
            <TreeList nodes={buildOrgTree(props.orgs)} label={t('orgs.tree')} />
          )}
        </>
      )}
    </StaffLayout>
  );
}
