/**
 * The demo county's service items (items.demo.json): realistic guides of 19 departments. A
 * material is written `name|form*copies` (form: o original, c copy, oc original and copy,
 * e electronic; copies 1 if omitted); `r` lists the joint-review departments with their step
 * limits in working days; `fee` is [fen, legal basis].
 */
import fs from 'node:fs';

export interface DemoItem {
  code: string;
  name: string;
  org: string;
  statutory: number;
  promised: number;
  materials: string[];
  basis: string;
  conditions: string;
  r?: [string, number][];
  fee?: [number, string];
}

export const demoItems = JSON.parse(
  fs.readFileSync(new URL('./items.demo.json', import.meta.url), 'utf8'),
) as DemoItem[];
