import { PortalLayout } from './portal-layout.tsx';
import { useView } from './view-context.ts';

/** A plain page with a heading and a few paragraphs: errors and "not yet available" notices. */
export function MessagePage(props: {
  titleKey: string;
  bodyKeys: string[];
  vars?: Record<string, string>;
}) {
  const { t } = useView();
  const title = t(props.titleKey, props.vars);
  return (
    <PortalLayout title={title} section="home">
      <div class="message-page">
        <h1>{title}</h1>
        {props.bodyKeys.map((key) => (
          <p key={key}>{t(key, props.vars)}</p>
        ))}
        <p>
          <a href="/">{t('error.home')}</a>
        </p>
      </div>
    </PortalLayout>
  );
}
