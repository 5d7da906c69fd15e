export { useView, ViewContextHolder } from './view-context.ts';
export type { ViewContext } from './view-context.ts';
export { Document } from './document.tsx';
export type { PageMeta } from './document.tsx';
export { PortalLayout } from './portal-layout.tsx';
export type { PortalSection } from './portal-layout.tsx';
export { StaffLayout, staffSystems, staffHref } from './staff-layout.tsx';
export type { StaffSystem } from './staff-layout.tsx';
export {
  Form,
  ErrorSummary,
  RadioGroup,
  SelectField,
  TextField,
  fieldId,
  emptyForm,
} from './forms.tsx';
export type { FormState, Option, OptionGroup } from './forms.tsx';
export { renderDocument } from './render.tsx';
export { MessagePage } from './message-page.tsx';
export { TableScroll } from './table-scroll.tsx';
export { Pager } from './pager.tsx';
export { Chart, renderChartSvg, categoryChartOption, chartFontFamily } from './chart.tsx';
export type { ChartSeries, ChartSize } from './chart.tsx';
