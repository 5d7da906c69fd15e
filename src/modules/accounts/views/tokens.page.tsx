import { Form, StaffLayout, useView } from '../../../platform/views/index.ts';
import type { ApiTokenSummary } from '../tokens.service.ts';

function formatTime(value: Date | null, locale: string): string {
  if (!value) return '';
  return value.toLocaleString(locale, { timeZone: 'Asia/Shanghai', hour12: false });
}

export function TokensPage(props: { tokens: ApiTokenSummary[] }) {
  const { t, locale } = useView();
  return (
    <StaffLayout title={t('accounts.tokens.title')} system="home">
      <h1>{t('accounts.tokens.title')}</h1>
      <p>{t('accounts.tokens.intro')}</p>
      {props.tokens.length === 0 ? (
        <p>{t('accounts.tokens.none')}</p>
      ) : (
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">{t('accounts.tokens.org')}</th>
              <th scope="col">{t('accounts.tokens.name')}</th>
              <th scope="col">{t('accounts.tokens.scopes')}</th>
              <th scope="col">{t('accounts.tokens.prefix')}</th>
              <th scope="col">{t('accounts.tokens.created')}</th>
              <th scope="col">{t('accounts.tokens.lastUsed')}</th>
              <th scope="col">{t('accounts.tokens.status')}</th>
            </tr>
          </thead>
          <tbody>
            {props.tokens.map((token) => (
              <tr key={token.id}>
                <td>{token.orgName}</td>
                <td>{token.name}</td>
                <td>{token.scopes.join(', ')}</td>
                <td>
                  <code>{token.prefix}…</code>
                </td>
                <td>{formatTime(token.createdAt, locale)}</td>
                <td>
                  {token.lastUsedAt
                    ? formatTime(token.lastUsedAt, locale)
                    : t('accounts.tokens.never')}
                </td>
                <td>
                  {token.revokedAt ? (
                    t('accounts.tokens.revoked')
                  ) : (
                    <Form action={`/staff/tokens/${token.id}/revoke`} class="inline-form">
                      {t('accounts.tokens.active')}{' '}
                      <button type="submit" class="link-button-plain">
                        {t('accounts.tokens.revoke')}
                      </button>
                    </Form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </StaffLayout>
  );
}
