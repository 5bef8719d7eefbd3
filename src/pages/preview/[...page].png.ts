/**
 * The preview image of every page (`/preview/training-steps/compute.png`), rendered at build time:
 * link previews in chat apps and social sites show it (`og:image`, set in `src/routeData.ts`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { PreviewCard } from '~/preview/card';
import { previewImageName, previewPages } from '~/preview/pages';
import { renderPreviewPng } from '~/preview/render';

export const getStaticPaths = (async () =>
  (await previewPages()).map(({ path, card }) => ({ params: { page: previewImageName(path) }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PreviewCard }> = async ({ props }) =>
  new Response(Buffer.from(await renderPreviewPng(props.card)), { headers: { 'Content-Type': 'image/png' } });
