import { useView } from '../../../../platform/views/index.ts';
import type { PublicAttachment } from '../../console/attachments.queries.ts';

const sizeOf = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1048576).toFixed(1)} MB`;

/** A published item's images and attachments; a PDF's text shown as HTML where it could be read. */
export function Attachments(props: { attachments: PublicAttachment[] }) {
  const { t } = useView();
  const images = props.attachments.filter((a) => a.kind === 'image');
  const files = props.attachments.filter((a) => a.kind !== 'image');
  return (
    <>
      {images.map((image) => (
        <figure class="publication-image" key={image.id}>
          <img src={image.url} alt={image.title} loading="lazy" />
          <figcaption>{image.title}</figcaption>
        </figure>
      ))}
      {files.length > 0 && (
        <section class="related" aria-labelledby="attachments">
          <h2 id="attachments">{t('publishingSite.item.attachments')}</h2>
          <ul>
            {files.map((file) => (
              <li key={file.id}>
                <a href={file.url} type={file.mediaType}>
                  {file.title}
                </a>{' '}
                <span class="item-channel">
                  （{file.fileName.split('.').pop()?.toUpperCase()}，{sizeOf(file.size)}）
                </span>
                {file.htmlRendering && (
                  <details>
                    <summary>{t('publishingSite.item.htmlVersion', { title: file.title })}</summary>
                    <div
                      class="publication-body"
                      dangerouslySetInnerHTML={{ __html: file.htmlRendering }}
                    />
                  </details>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
