import type { WebAsset } from './web-assets';

export type WebAssets = ReadonlyMap<string, WebAsset> | null;

export const WEB_ASSETS = Symbol('WEB_ASSETS');
