/** /interaction/replies: public replies, masked; no personal data is ever read for these pages. */
import { Pager, PortalLayout, useView } from '../../../../platform/views/index.ts';
import type { PublicReply } from '../site.queries.ts';

export function ReplyList(props: { items: PublicReply[] }) {
  const { t } = useView();
  if (props.items.length === 0) return <p>{t('feedbackSite.replies.none')}</p>;
  return (
    <ul class="item-list">
      {props.items.map((item) => (
        <li key={item.trackingNumber}>
          <a href={`/interaction/replies/${encodeURIComponent(item.trackingNumber)}`}>
            [{t(`feedback.kind.${item.kind}`)}] {item.subject}
          </a>{' '}
          <span class="meta">
            {item.orgName} · {t('feedbackSite.replies.repliedOn')} {item.repliedOn}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function RepliesPage(props: { items: PublicReply[]; page: number; pages: number }) {
  const { t } = useView();
  return (
    <PortalLayout title={t('feedbackSite.replies.title')} section="interaction">
      <h1>{t('feedbackSite.replies.title')}</h1>
      <p>{t('feedbackSite.replies.intro')}</p>
      <h2 class="visually-hidden">{t('feedbackSite.replies.caption')}</h2>
      <ReplyList items={props.items} />
      {props.pages > 1 && (
        <Pager
          label={t('feedbackSite.replies.pager')}
          page={props.page}
          pages={props.pages}
          href={(page) => `/interaction/replies?page=${page}`}
          previous={t('feedbackSite.replies.previous')}
          next={t('feedbackSite.replies.next')}
          status={t('feedbackSite.replies.status', { page: props.page, pages: props.pages })}
        />
      )}
    </PortalLayout>
  );
}

export function ReplyPage(props: { item: PublicReply }) {
  const { t } = useView();
  const { item } = props;
  return (
    <PortalLayout title={item.subject} section="interaction">
      <article>
        <h1>{item.subject}</h1>
        <table class="data-table">
          <tbody>
            <tr>
              <th scope="row">{t('feedbackSite.replies.kind')}</th>
              <td>{t(`feedback.kind.${item.kind}`)}</td>
            </tr>
            <tr>
              <th scope="row">{t('feedbackSite.replies.receivedOn')}</th>
              <td>{item.receivedOn}</td>
            </tr>
            <tr>
              <th scope="row">{t('feedbackSite.replies.org')}</th>
              <td>{item.orgName}</td>
            </tr>
            <tr>
              <th scope="row">{t('feedbackSite.replies.repliedOn')}</th>
              <td>{item.repliedOn}</td>
            </tr>
          </tbody>
        </table>
        <h2>{t('feedbackSite.replies.content')}</h2>
        <p class="prewrap" lang="zh-CN">
          {item.content}
        </p>
        <h2>{t('feedbackSite.replies.reply')}</h2>
        <p class="prewrap" lang="zh-CN">
          {item.replyText}
        </p>
        <p>
          <a href="/interaction/replies">{t('feedbackSite.replies.back')}</a>
        </p>
      </article>
    </PortalLayout>
  );
}
