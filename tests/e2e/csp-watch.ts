import type { Page } from '@playwright/test';

export interface CspViolation {
  page: string;
  directive: string;
  blocked: string;
  sample: string;
}

/**
 * Records every `securitypolicyviolation` the page's Content-Security-Policy raises, on this and every later
 * document the page opens. The listener is added before any of the site's scripts run, and reports through a
 * binding, so nothing is lost when a link or a redirect replaces the document.
 */
export async function watchCsp(page: Page): Promise<CspViolation[]> {
  const violations: CspViolation[] = [];
  await page.exposeFunction('__cspViolation', (v: CspViolation) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        (window as unknown as { __cspViolation: (v: unknown) => void }).__cspViolation({
          page: location.pathname,
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          sample: event.sample,
        });
      },
      { capture: true },
    );
  });
  return violations;
}

/**
 * Resolves once every custom element on the page is defined, i.e. each island's script has run. Some islands load
 * their code only when the reader reaches them (the quiz), so each is scrolled to first, as a reader would.
 */
export async function islandsStarted(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const islands = [...document.querySelectorAll('*')].filter((e) => e.localName.includes('-'));
    for (const island of islands) {
      island.scrollIntoView();
      await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
    }
    // An island marked data-on-demand loads its code only when there is something for it to do (the progress
    // marks, once a record exists): waiting for it on a fresh browser would wait for ever.
    const expected = islands.filter((e) => !e.hasAttribute('data-on-demand'));
    await Promise.all([...new Set(expected.map((e) => e.localName))].map((name) => customElements.whenDefined(name)));
  });
}

/** The policy a built page declares in its <meta http-equiv="content-security-policy">, as directive → sources. */
export function policyOf(html: string): Map<string, string[]> | undefined {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  if (!meta) return undefined;
  const policy = new Map<string, string[]>();
  for (const part of meta[1]!.replaceAll('&#39;', "'").split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}
