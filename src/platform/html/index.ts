/** Rich text (HTML typed or pasted by staff): the allow-list sanitiser applied before it is stored. */
export { sanitizeRichText, isSafeHref, isSafeImageSrc } from './sanitize.ts';
