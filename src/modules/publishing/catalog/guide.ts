/**
 * The 政府信息公开指南 of an org (条例第12条): the classification and arrangement of what it
 * discloses, how to obtain it, and the FOI office's name, address, hours, phone, fax and internet
 * contact. Saved per org (sanitised); until one is saved, a default generated from the org's data
 * with 【请填写】 where the org must complete it.
 */
import type { Kysely } from 'kysely';
import { sanitizeRichText } from '../../../platform/html/index.ts';
import type { CatalogOrg } from './catalog.queries.ts';
import type { CatalogTables } from './catalog.tables.ts';

type Db = Kysely<CatalogTables>;

export interface Guide {
  bodyHtml: string;
  /** null: the generated default, not saved yet. */
  updatedAt: Date | null;
}

/** The mark of a blank the org must fill in. */
export const fillIn = '【请填写】';

function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The default guide from the org's data (条例第12条 contents), blanks marked 【请填写】. */
export function defaultGuideHtml(org: CatalogOrg, indexPattern: string): string {
  const name = escape(org.name);
  const or = (value: string) => (value.trim() ? escape(value.trim()) : fillIn);
  // 条例第12条 (contents), 第24–25条 (how to obtain), 第30条 (补正 within 7 working days),
  // 第33条 (20 working days, at most 20 more), 第51条 (complaint, review, litigation).
  const html = `
<p>为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，编制本指南。</p>
<h2>一、主动公开</h2>
<h3>（一）公开范围和分类</h3>
<p>${name}主动公开的政府信息按《条例》第二十条、第二十一条规定的类别和主题分类编排，详见<a href="/openness/catalog/orgs/${escape(org.code)}">${name}政府信息公开目录</a>。</p>
<h3>（二）编排体系</h3>
<p>每条信息列明索引号、名称、内容概述和生成日期。索引号的编排规则为：${escape(indexPattern)}（统一社会信用代码/年份-流水号）。</p>
<h3>（三）获取方式</h3>
<p>主动公开的政府信息在本县人民政府门户网站“政务公开”栏目发布，可通过<a href="/search">站内检索</a>查找；也可在政务服务场所、公共图书馆、档案馆设置的查阅场所查阅。其他公开方式：${fillIn}</p>
<h2>二、依申请公开</h2>
<h3>（一）受理机构</h3>
<table>
<caption>依申请公开受理机构</caption>
<tbody>
<tr><th scope="row">名称</th><td>${name}${fillIn}（受理机构名称）</td></tr>
<tr><th scope="row">办公地址</th><td>${or(org.contactAddress)}</td></tr>
<tr><th scope="row">办公时间</th><td>${fillIn}（法定工作日上午、下午的办公时间）</td></tr>
<tr><th scope="row">联系电话</th><td>${or(org.contactPhone)}</td></tr>
<tr><th scope="row">传真</th><td>${fillIn}</td></tr>
<tr><th scope="row">互联网联系方式</th><td><a href="/foi/apply">网上申请</a>；电子邮箱：${fillIn}</td></tr>
</tbody>
</table>
<h3>（二）申请的提出</h3>
<p>申请人可通过网上申请、信函、当面提交等方式提出申请，申请内容应当包括申请人的姓名或者名称、身份证明、联系方式，申请公开的政府信息的名称、文号或者便于查询的其他特征性描述，以及申请公开的政府信息的形式要求。</p>
<h3>（三）处理程序</h3>
<p>收到申请后，能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内答复；需要延长答复期限的，经负责人同意并告知申请人，延长的期限不超过20个工作日。申请内容不明确的，自收到申请之日起7个工作日内一次性告知补正。</p>
<h2>三、监督和救济</h2>
<p>公民、法人或者其他组织认为行政机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼。监督电话：${fillIn}</p>`;
  return sanitizeRichText(html);
}

/** The org's saved guide, or the generated default. */
export async function readGuide(
  db: Kysely<unknown>,
  org: CatalogOrg,
  indexPattern: string,
): Promise<Guide> {
  const saved = await (db as Db)
    .selectFrom('publishingGuides')
    .select(['bodyHtml', 'updatedAt'])
    .where('orgId', '=', org.id)
    .executeTakeFirst();
  return saved ?? { bodyHtml: defaultGuideHtml(org, indexPattern), updatedAt: null };
}
