import { StaffLayout, useView, type StaffSystem } from '../../../platform/views/index.ts';

/** An honest placeholder for a system whose module has not landed. */
export function SystemPage(props: { system: StaffSystem }) {
  const { t } = useView();
  const section = t(`staff.nav.${props.system}`);
  const title = t('notAvailable.title', { section });
  return (
    <StaffLayout title={title} system={props.system}>
      <h1>{title}</h1>
      <p>{t('notAvailable.body', { section })}</p>
      <p>{t('notAvailable.noFigures')}</p>
    </StaffLayout>
  );
}
