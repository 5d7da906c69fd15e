/**
 * 主动公开 (条例第19–26条, RULES.md §1.7, §5): channels of the one portal, publications (news,
 * notices, policies, interpretations, bulletins, pages) and their workflow — draft, submit,
 * approve (two-person rule per channel), publish or schedule, withdraw, new editions — with a
 * history row and an audit record per step (ADR 0014). Parts: the staff console, the public site
 * (home columns, lists, detail, feeds, sitemap), search, the catalog and guide, site health.
 */
import { joinParts, type AppModule } from '../../platform/app-module.ts';
import { catalogPart } from './catalog/catalog.part.ts';
import { consolePart } from './console/console.part.ts';
import { corePart } from './core.part.ts';
import { healthPart } from './health/health.part.ts';
import { openDaysPart } from './open-days/open-days.part.ts';
import { searchPart } from './search/search.part.ts';
import { sitePart } from './site/site.part.ts';

export const publishingModule: AppModule = joinParts('publishing', [
  corePart,
  consolePart,
  sitePart,
  searchPart,
  catalogPart,
  healthPart,
  openDaysPart,
]);

export { itemTypes, itemStates, validities, publishWithinWorkingDays } from './publishing.model.ts';
export type { ItemType, ItemState, Validity } from './publishing.model.ts';
export type { PublishingTables } from './publishing.tables.ts';
/** Who may author, approve, publish or configure in a channel (the matrix is in publishing.policy.ts). */
export { canInChannel, ensureCanInChannel, isCountyOffice } from './publishing.policy.ts';
export type { PublishingAction } from './publishing.policy.ts';
export {
  findChannel,
  findChannelByCode,
  listChannels,
  findItem,
  listItemEvents,
} from './publishing.queries.ts';
export type { Channel, Item, ItemEvent } from './publishing.queries.ts';
/** Channels: one per government, department and township org; the two-person rule per channel. */
export { ensureChannels, setTwoPersonRule } from './channels.service.ts';
/**
 * The workflow. Errors: validation (field errors, Chinese messages naming the field), forbidden
 * not_allowed, not_found item_not_found, invalid_state item_state | edition_exists.
 */
export { createDraft, editDraft, submitItem, approveItem, returnToDraft } from './items.service.ts';
export { publishItem, scheduleItem, withdrawItem, publishDueItems } from './publish.service.ts';
export type { Published, PublishWarning } from './publish.service.ts';
export { startNewEdition, setPolicyValidity } from './editions.service.ts';
/** Site health: the external link check (`sunshine publishing check-links`). */
export { checkExternalLinks } from './health/links.service.ts';
/** Search: re-segments stale search rows (`sunshine search reindex`). */
export { reindexPublications } from './search/search.index.ts';
export type { ReindexResult } from './search/search.index.ts';
/** Search: the query behind /search and GET /api/v1/publications (errors: validation). */
export { searchPublications } from './search/search.service.ts';
export { forgetFacets as forgetSearchCounts } from './search/search.cache.ts';
export type { SearchResult, SearchHit } from './search/search.service.ts';
/** Public site */
export { itemPath, typeSlugs } from './site/site.queries.ts';
export { homeData } from './site/home-data.ts';
export type { ColumnItem, ListedItem, ListedType } from './site/site.queries.ts';
export { ItemList } from './site/views/item-list.tsx';
export { siteStyles } from './site/site.routes.tsx';
export { allItemsFeeds, originOf } from './site/site.http.ts';
