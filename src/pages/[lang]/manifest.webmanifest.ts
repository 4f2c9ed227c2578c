import type { APIRoute } from 'astro';
import { languages, type Lang } from '../../i18n/languages';
import { translate } from '../../i18n/t';
import { urls } from '../../lib/routing/urls';

/** /{lang}/manifest.webmanifest: lets a reader add the site to a phone's home screen, opening in their language. */
export function getStaticPaths() {
  return languages.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Lang;
  const manifest = {
    name: translate(lang, 'manifest.name'),
    short_name: translate(lang, 'manifest.shortName'),
    description: translate(lang, 'site.description'),
    lang,
    start_url: urls.home(lang),
    scope: urls.root(),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b6b5d',
    icons: [
      { src: urls.file('icons/icon-192.png'), sizes: '192x192', type: 'image/png' },
      { src: urls.file('icons/icon-512.png'), sizes: '512x512', type: 'image/png' },
      { src: urls.file('icons/icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: urls.file('favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
