import { MessagePage } from '../../../../platform/views/index.ts';

/** A draft, withdrawn or unknown item: 404 with a message saying so. */
export function ItemNotFoundPage() {
  return (
    <MessagePage
      titleKey="publishingSite.item.notFound.title"
      bodyKeys={['publishingSite.item.notFound.body']}
    />
  );
}
