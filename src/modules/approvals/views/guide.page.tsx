import { PortalLayout, useView, TableScroll } from '../../../platform/views/index.ts';
import type { Guide } from '../items.read.ts';
import { Fee, KindBadge } from './item-parts.tsx';

/** Text as typed: one paragraph per line. */
function Lines(props: { text: string }) {
  const lines = props.text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) return <p>—</p>;
  return (
    <>
      {lines.map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </>
  );
}

function Materials(props: { guide: Guide }) {
  const { t } = useView();
  const { item, materials } = props.guide;
  return (
    <section aria-labelledby="guide-materials">
      <h2 id="guide-materials">{t('approvals.guides.materials')}</h2>
      <TableScroll>
        <table class="data-table">
          <caption class="visually-hidden">{t('approvals.guides.materials.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('approvals.guides.materials.no')}</th>
              <th scope="col">{t('approvals.guides.materials.name')}</th>
              <th scope="col">{t('approvals.guides.materials.form')}</th>
              <th scope="col">{t('approvals.guides.materials.copies')}</th>
              <th scope="col">{t('approvals.guides.materials.required')}</th>
              <th scope="col">{t('approvals.guides.materials.template')}</th>
            </tr>
          </thead>
          <tbody>
            {materials.map((m, i) => (
              <tr key={m.id}>
                <td>{i + 1}</td>
                <th scope="row">
                  {m.name}
                  {m.note && <span class="hint"> {m.note}</span>}
                </th>
                <td>{t(`approvals.items.form.${m.form}`)}</td>
                <td>{m.copies}</td>
                <td>
                  {m.isRequired
                    ? t('approvals.guides.materials.yes')
                    : t('approvals.guides.materials.no.optional')}
                </td>
                <td>
                  {m.templateFileId !== null && (
                    <a
                      href={`/services/guides/${encodeURIComponent(item.code)}/templates/${m.id}`}
                      download
                    >
                      {t('approvals.guides.materials.download', { name: m.name })}
                    </a>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

function Limits(props: { guide: Guide }) {
  const { t } = useView();
  const { item, reviewOrgs } = props.guide;
  return (
    <section aria-labelledby="guide-limits">
      <h2 id="guide-limits">{t('approvals.guides.limits')}</h2>
      <ul>
        <li>{t('approvals.guides.statutory', { days: item.statutoryDays })}</li>
        <li>
          {item.promisedDays === 0
            ? t('approvals.guides.instant')
            : t('approvals.guides.promised', { days: item.promisedDays })}
        </li>
      </ul>
      <p class="hint">{t('approvals.guides.workingDays')}</p>
      {reviewOrgs.length > 0 && (
        <>
          <h3>{t('approvals.guides.joint')}</h3>
          <table class="data-table">
            <caption class="visually-hidden">{t('approvals.guides.joint.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('approvals.guides.joint.org')}</th>
                <th scope="col">{t('approvals.guides.joint.days')}</th>
              </tr>
            </thead>
            <tbody>
              {reviewOrgs.map((r) => (
                <tr key={r.orgCode}>
                  <th scope="row">{r.orgName}</th>
                  <td>{t('approvals.guides.joint.daysValue', { days: r.stepDays })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function WhereAndWindows(props: { guide: Guide }) {
  const { t } = useView();
  const { item, windows } = props.guide;
  return (
    <section aria-labelledby="guide-where">
      <h2 id="guide-where">{t('approvals.guides.where')}</h2>
      <dl>
        <dt>{t('approvals.guides.org.label')}</dt>
        <dd>{item.orgName}</dd>
        <dt>{t('approvals.guides.place')}</dt>
        <dd>{item.place || '—'}</dd>
        <dt>{t('approvals.guides.hours')}</dt>
        <dd>{item.hours || '—'}</dd>
        <dt>{t('approvals.guides.phone')}</dt>
        <dd>{item.phone ? <a href={`tel:${item.phone}`}>{item.phone}</a> : '—'}</dd>
      </dl>
      <h3>{t('approvals.guides.windows')}</h3>
      {windows.length === 0 ? (
        <p>{t('approvals.guides.noWindows')}</p>
      ) : (
        <ul>
          {windows.map((w) => (
            <li key={w.id}>
              <a href={`/services/centers#center-${w.centerCode}`}>
                {t('approvals.guides.windowName', {
                  center: w.centerName,
                  number: w.number,
                  name: w.name,
                })}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** /services/guides/:code: every element of the 办事指南. */
export function GuidePage(props: { guide: Guide }) {
  const { t } = useView();
  const { guide } = props;
  const { item } = guide;
  return (
    <PortalLayout title={item.name} section="services">
      <p>
        <a href="/services/guides">{t('approvals.guides.back')}</a>
      </p>
      <h1>{item.name}</h1>
      <p>
        <KindBadge kind={guide.kind} /> {t('approvals.guides.code', { code: item.code })}
      </p>
      {item.online && (
        <p>
          <a class="button" href={`/services/apply/${encodeURIComponent(item.code)}`}>
            {t('approvals.guides.apply')}
          </a>
        </p>
      )}
      <section aria-labelledby="guide-basis">
        <h2 id="guide-basis">{t('approvals.guides.basis')}</h2>
        <Lines text={item.basis} />
      </section>
      <section aria-labelledby="guide-conditions">
        <h2 id="guide-conditions">{t('approvals.guides.conditions')}</h2>
        <Lines text={item.conditions} />
      </section>
      <Materials guide={guide} />
      <Limits guide={guide} />
      <section aria-labelledby="guide-fee">
        <h2 id="guide-fee">{t('approvals.guides.fee')}</h2>
        <p>
          <Fee feeFen={item.feeFen} />
        </p>
        {item.feeFen > 0 && <p>{t('approvals.guides.feeBasis', { basis: item.feeBasis })}</p>}
      </section>
      <WhereAndWindows guide={guide} />
      <section aria-labelledby="guide-flow">
        <h2 id="guide-flow">{t('approvals.guides.flow')}</h2>
        <Lines text={item.flow} />
      </section>
      {guide.powers.length > 0 && (
        <section aria-labelledby="guide-powers">
          <h2 id="guide-powers">{t('approvals.guides.powers')}</h2>
          <ul>
            {guide.powers.map((p) => (
              <li key={p.code}>
                <a href={`/services/powers/${encodeURIComponent(p.code)}`}>
                  {p.code} {p.name}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </PortalLayout>
  );
}
