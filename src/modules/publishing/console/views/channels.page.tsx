import { StaffLayout, TableScroll, useView } from '../../../../platform/views/index.ts';
import type { MyChannel } from '../console.queries.ts';

/** /staff/publishing/channels — the channels the actor acts in and their two-person rule. */
export function ChannelsPage(props: { channels: MyChannel[]; saved: boolean }) {
  const { t, csrfToken } = useView();
  const l = (key: string) => t(`publishingConsole.channelsPage.${key}`);
  return (
    <StaffLayout title={l('title')} system="publishing">
      <p>
        <a href="/staff/publishing">{t('publishingConsole.back')}</a>
      </p>
      <h1>{l('title')}</h1>
      {props.saved && <p role="status">{l('saved')}</p>}
      <p>{l('intro')}</p>
      <TableScroll>
        <table class="data-table">
          <caption>{l('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{l('col.name')}</th>
              <th scope="col">{l('col.code')}</th>
              <th scope="col">{l('col.rule')}</th>
              <th scope="col">{l('col.action')}</th>
            </tr>
          </thead>
          <tbody>
            {props.channels.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.name}</th>
                <td>{c.code}</td>
                <td>{c.twoPersonRule ? l('on') : l('off')}</td>
                <td>
                  {c.may.configure && (
                    <form method="post" action={`/staff/publishing/channels/${c.code}`}>
                      <input type="hidden" name="_csrf" value={csrfToken} />
                      <input
                        type="hidden"
                        name="twoPersonRule"
                        value={c.twoPersonRule ? 'off' : 'on'}
                      />
                      <button type="submit" class="link-button">
                        {c.twoPersonRule ? l('turnOff') : l('turnOn')}
                        <span class="visually-hidden">：{c.name}</span>
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </StaffLayout>
  );
}
