/**
 * Service-hall cameras (issue 7, dashboard): a stream URL per camera of a service center. Sunshine
 * links to the video and plays it in the page where the browser can; it records nothing.
 */
import type { ColumnType, Generated } from 'kysely';

/** How a stream is shown: mp4/webm play in any browser, HLS natively in Safari, rtsp/other are linked. */
export const cameraFormats = ['mp4', 'webm', 'hls', 'rtsp', 'other'] as const;
export type CameraFormat = (typeof cameraFormats)[number];

/** `supervision_cameras` (migration 0017). */
export interface SupervisionCamerasTable {
  id: Generated<number>;
  centerOrgId: number;
  name: string;
  streamUrl: string;
  format: CameraFormat;
  sort: Generated<number>;
  isDemo: Generated<boolean>;
  createdAt: ColumnType<Date, Date | undefined, never>;
}

export interface CameraTables {
  supervisionCameras: SupervisionCamerasTable;
}

const streamProtocols = new Set(['http:', 'https:', 'rtsp:', 'rtsps:']);

/** The URL parsed if it is an absolute http(s) or rtsp(s) address, else null. */
export function parseStreamUrl(value: string): URL | null {
  if (value.length > 2000 || /\s/.test(value)) return null;
  try {
    const url = new URL(value);
    return streamProtocols.has(url.protocol) && url.hostname !== '' ? url : null;
  } catch {
    return null;
  }
}

/** The format a stream URL points to: by its scheme (rtsp) or the file extension of its path. */
export function formatOf(url: URL): CameraFormat {
  if (url.protocol === 'rtsp:' || url.protocol === 'rtsps:') return 'rtsp';
  const path = url.pathname.toLowerCase();
  if (path.endsWith('.mp4') || path.endsWith('.m4v')) return 'mp4';
  if (path.endsWith('.webm')) return 'webm';
  if (path.endsWith('.m3u8')) return 'hls';
  return 'other';
}

/** Whether a browser may play the format in a `<video>` element (HLS only where supported natively). */
export function isPlayable(format: CameraFormat): boolean {
  return format === 'mp4' || format === 'webm' || format === 'hls';
}
