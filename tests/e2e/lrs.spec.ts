import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page, type Request } from '@playwright/test';
import { decodePath, encodePath } from '../../src/lib/course-paths/path-codec';
import { watchCsp } from './csp-watch';
import { LRS_ENDPOINT, storedStatements } from './lrs-helpers';
import { answer, quizOf, quizReady, words } from './quiz-helpers';
import { swappableServer } from './static-server';

// A copy of the site whose publisher allows one Learning Record Store: the portal build (`npm run build:subpath`
// sets LRS_ENDPOINTS to the test LRS, tests/lrs/start.mjs, which Playwright starts). A trainer points a path at
// it, a learner adds the path and their results arrive in the LRS as they happen, while offline and with the
// network cut mid-way; nothing is sent twice, and the learner can stop.

const OUT = join(import.meta.dirname, '../../dist-subpath');
const BASE = '/hoc-du-lieu/';
const MODULE = 'vi/courses/data-thinking/data-in-public-work/';
const STATEMENTS = `${LRS_ENDPOINT}statements`;

let server: Awaited<ReturnType<typeof swappableServer>>;
test.beforeAll(async () => {
  expect(existsSync(join(OUT, 'index.html')), 'dist-subpath/ is missing: run `npm run build:subpath`').toBe(true);
  server = await swappableServer(OUT, { base: BASE });
});
test.afterAll(() => server?.close());
const at = (path: string) => `${server.url}${BASE}${path}`;

/** The trainer's builder: a one-module path that sends to the test LRS with its key typed as key:secret. */
async function trainerLink(page: Page, title: string): Promise<string> {
  await page.goto(at('vi/trainer/'));
  await page.getByLabel('Tên lộ trình').fill(title);
  await page.getByLabel(/^1\.1 /).check();
  await page.getByLabel('Gửi kết quả tới kho dữ liệu học tập (không bắt buộc)').selectOption(LRS_ENDPOINT);
  await page.getByLabel('Mã khóa ghi của kho dữ liệu').fill('test:test');
  await expectNoAxeViolations(page);
  return page.getByLabel('Link của lộ trình').inputValue();
}

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

/**
 * The pages' POSTs to the LRS. answered() waits until each has its answer or has failed, then gives the ids of
 * those the LRS answered, each time posted: no count depends on when the browser reports a request done.
 */
function postsTo(context: BrowserContext) {
  const requests: Request[] = [];
  context.on('request', (request) => {
    if (request.url() === STATEMENTS && request.method() === 'POST') requests.push(request);
  });
  return {
    count: () => requests.length,
    answered: async (from = 0) => {
      const ids: string[] = [];
      for (const request of requests.slice(from))
        if (await request.response()) ids.push(...(request.postDataJSON() as Array<{ id: string }>).map((s) => s.id));
      return ids;
    },
  };
}

/** How many sending tries the page's sender has finished (it fires cdl:lrs-sent after each). */
const countTries = (context: BrowserContext) =>
  context.addInitScript(() => {
    (window as unknown as { tries: number }).tries = 0;
    window.addEventListener('cdl:lrs-sent', () => (window as unknown as { tries: number }).tries++);
  });
const tries = (page: Page) => page.evaluate(() => (window as unknown as { tries: number }).tries);

const statementsOf = async (name: string) => (await storedStatements()).filter((s) => s.actor.name === name);

async function addPath(page: Page, link: string, name: string) {
  await page.goto(link);
  const box = page.locator('.shared-lrs');
  await expect(
    box.getByRole('heading', { name: 'Lộ trình này gửi kết quả của bạn tới kho dữ liệu học tập' }),
  ).toBeVisible();
  await expect(box).toContainText(LRS_ENDPOINT);
  await expect(box.getByRole('heading', { name: 'Những gì được gửi' })).toBeVisible();
  await expect(box).toContainText('tự báo cáo');
  // The name is asked here, since every statement names its learner; adding without one says so beside it.
  await page.getByRole('button', { name: 'Thêm vào việc học của tôi' }).click();
  await expect(box.locator('.error-message')).toContainText('Hãy nhập tên của bạn');
  await expectNoAxeViolations(page);
  await page.getByLabel('Tên của bạn (giảng viên sẽ thấy tên này)').fill(name);
  await page.getByRole('button', { name: 'Thêm vào việc học của tôi' }).click();
  await expect(page.getByText('Đã thêm lộ trình vào “Việc học của tôi”.')).toBeVisible();
}

/** Takes the module's quiz, passing or failing it; `offline` cuts the network once the quiz is on screen. */
async function takeQuiz(page: Page, pass: boolean, offline?: BrowserContext) {
  const island = page.locator('quiz-island');
  const again = island.getByRole('button', { name: words.vi.retry });
  if (await again.isVisible()) await again.click();
  else {
    await quizReady(page);
    await island.getByRole('button', { name: words.vi.start }).click();
  }
  const quiz = await quizOf(page);
  await offline?.setOffline(true);
  for (const [i, question] of quiz.questions.entries()) {
    await answer(page, question, 'vi', pass);
    await island.getByRole('button', { name: words.vi.check }).click();
    await island
      .getByRole('button', { name: i === quiz.questions.length - 1 ? words.vi.result : words.vi.next })
      .click();
  }
  await expect(page.locator(pass ? '.quiz-pass' : '.quiz-fail')).toBeVisible();
}

test('a path a trainer points at the LRS sends the learner’s results as they happen, offline ones when the network returns, none twice, until the learner stops', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const name = `Nguyễn Thị Lan ${test.info().workerIndex}-${Date.now()}`;
  const trainer = await (await browser.newContext()).newPage();
  const link = await trainerLink(trainer, 'Lớp gửi kết quả về kho');
  await trainer.context().close();

  const context = await browser.newContext({ locale: 'vi-VN' });
  await countTries(context);
  const posts = postsTo(context);
  const page = await context.newPage();
  const violations = await watchCsp(page);
  await addPath(page, link, name);

  // Passed: it arrives without the learner doing anything more.
  await page.goto(at(MODULE));
  await takeQuiz(page, true);
  await expect
    .poll(async () => (await statementsOf(name)).map((s) => s.verb.id))
    .toContain('http://adlnet.gov/expapi/verbs/passed');
  const first = await statementsOf(name);
  expect(first.every((s) => s.object.id.startsWith('https://portal.example.gov.vn/hoc-du-lieu/vi/'))).toBe(true);

  // Offline: a failed try is kept, and sent once the network is back.
  const failedPost = page.waitForEvent('requestfailed', (r) => r.url() === STATEMENTS);
  await takeQuiz(page, false, context);
  await failedPost;
  await context.setOffline(false);
  await expect
    .poll(async () => (await statementsOf(name)).map((s) => s.verb.id))
    .toContain('http://adlnet.gov/expapi/verbs/failed');

  // The network cut mid-way: the LRS took the statements but the answer never came back. They are sent again
  // on the next try, and the LRS, which keeps one statement per id, holds each once.
  let cut = true;
  const lost: string[] = [];
  await context.route(STATEMENTS, async (route) => {
    if (route.request().method() !== 'POST' || !cut) return route.continue();
    cut = false;
    lost.push(...(route.request().postDataJSON() as Array<{ id: string }>).map((s) => s.id));
    await route.fetch(); // reaches the LRS…
    await route.abort('connectionreset'); // …but the learner's browser never hears back
  });
  await takeQuiz(page, true);
  await expect.poll(() => cut).toBe(false);
  await context.setOffline(true);
  await context.setOffline(false); // the "online" event: the sender tries again
  await expect.poll(async () => (await statementsOf(name)).length).toBe(first.length + 2);
  // Every statement the LRS answered for was posted once; the one whose answer was lost, once more after.
  expect(lost.length).toBeGreaterThan(0);
  await expect.poll(async () => (await posts.answered()).filter((id) => lost.includes(id)).length).toBe(lost.length);
  await context.unroute(STATEMENTS);
  const posted = await posts.answered();
  const held = await statementsOf(name);
  expect(new Set(held.map((s) => s.id)).size).toBe(held.length);
  expect(held.map((s) => s.verb.id)).toContain('http://adlnet.gov/expapi/verbs/attempted'); // the first visit
  expect(new Set(posted).size).toBe(posted.length);
  expect(held.map((s) => s.id).sort()).toEqual([...posted].sort());

  // My learning counts what the LRS holds, and stops sending at the learner's word.
  await page.goto(at('vi/my-learning/'));
  const card = page.locator('assigned-paths-island article');
  // The name goes to the LRS too, and the hint beside it says so, and what a new name does.
  await expect(page.locator('#learner-name-hint')).toContainText('được gửi kèm kết quả');
  // (The module's "attempted" statement, sent at the first visit, is no longer among its statements once passed.)
  await expect(card).toContainText(`Đã gửi hết ${held.length - 1} bản ghi kết quả.`);
  await card.getByRole('button', { name: 'Dừng gửi kết quả của lộ trình “Lớp gửi kết quả về kho”' }).click();
  await expect(page.getByText('Đã dừng gửi kết quả của lộ trình “Lớp gửi kết quả về kho”.')).toBeVisible();
  await expect(card).toContainText('Đã dừng gửi kết quả từ ngày');
  await expectNoAxeViolations(page);
  const before = posts.count();
  await page.goto(at(MODULE));
  await takeQuiz(page, true);
  await expect.poll(() => tries(page)).toBeGreaterThan(0); // the sender ran after the attempt, and sent nothing
  await page.goto(at('vi/my-learning/'));
  await expect.poll(() => tries(page)).toBeGreaterThan(0);
  expect(posts.count()).toBe(before);
  expect((await statementsOf(name)).length).toBe(held.length);

  // Adding the path again from its link, told again what is sent, starts sending anew: the try made while
  // stopped goes too, as the disclosure says (every attempt on the path's modules).
  await page.goto(link);
  await expect(page.locator('.shared-lrs')).toContainText('kể cả những lần đã làm trước khi thêm lộ trình');
  await page.getByRole('button', { name: 'Thêm vào việc học của tôi' }).click();
  await expect(page.getByText('Đã thêm lộ trình vào “Việc học của tôi”.')).toBeVisible();
  await expect.poll(async () => (await statementsOf(name)).length).toBe(held.length + 1);
  await page.goto(at('vi/my-learning/'));
  await expect(card).toContainText('Đã gửi hết');
  await expect(card.getByRole('button', { name: /^Dừng gửi kết quả/ })).toBeVisible();
  expect(violations).toEqual([]);
  await context.close();
});

test('two tabs open at the same instant with results waiting send each statement once', async ({ browser }) => {
  const name = `Trần Văn Nam ${test.info().workerIndex}-${Date.now()}`;
  const trainer = await (await browser.newContext()).newPage();
  const link = await trainerLink(trainer, 'Lớp hai thẻ');
  await trainer.context().close();
  const context = await browser.newContext({ locale: 'vi-VN' });
  const posts = postsTo(context);
  // The LRS unreachable while the learner works: everything waits.
  await context.route(STATEMENTS, (route) => route.abort('internetdisconnected'));
  const page = await context.newPage();
  await addPath(page, link, name);
  await page.goto(at(MODULE));
  await takeQuiz(page, false);
  await takeQuiz(page, true);
  // My learning says they wait, and why.
  await page.goto(at('vi/my-learning/'));
  const card = page.locator('assigned-paths-island article');
  await expect(card).toContainText(/Đã gửi 0 bản ghi kết quả; còn \d+ bản ghi chờ gửi\./);
  await expect(card).toContainText('Chưa kết nối được tới kho dữ liệu');
  await page.close();
  await context.unroute(STATEMENTS);
  const from = posts.count(); // the aborted tries before

  const [a, b] = [await context.newPage(), await context.newPage()];
  await Promise.all([a.goto(at(MODULE)), b.goto(at('vi/my-learning/'))]);
  await expect.poll(async () => (await statementsOf(name)).length).toBeGreaterThanOrEqual(3);
  await expect(b.locator('assigned-paths-island article')).toContainText('Đã gửi hết');
  const posted = await posts.answered(from);
  const held = await statementsOf(name);
  expect(posted.filter((id) => held.some((s) => s.id === id)).length).toBe(posted.length);
  expect(new Set(posted).size).toBe(posted.length);
  expect(held.length).toBe(posted.length);
  await context.close();
});

test('a link changed to send results anywhere else is refused, and nothing is added', async ({ page, browser }) => {
  const trainer = await (await browser.newContext()).newPage();
  const link = await trainerLink(trainer, 'Lớp bị sửa đường dẫn');
  await trainer.context().close();
  const decoded = decodePath(new URL(link).hash);
  if (!decoded.ok) throw new Error(decoded.reason);
  const tampered = encodePath({
    ...decoded.path,
    lrs: { ...decoded.path.lrs!, endpoint: 'https://lrs.example.com/xapi/' },
  });
  await page.goto(at(`vi/paths/shared/#p=${tampered}`));
  await expect(page.getByRole('alert')).toContainText(
    'Đường dẫn này yêu cầu gửi kết quả tới một địa chỉ mà trang này không cho phép (https://lrs.example.com/xapi/).',
  );
  await expect(page.getByRole('button', { name: 'Thêm vào việc học của tôi' })).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('cdl.progress'))).toBeNull();
  // The page's policy lets it reach the listed LRS and nothing else.
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toContain(`connect-src 'self' ${LRS_ENDPOINT};`);
  // And its privacy page says results leave only for such a path, naming where.
  await page.goto(at('vi/privacy/'));
  await expect(page.locator('.lead')).toContainText('kết quả học chỉ được gửi đi khi bạn thêm một lộ trình');
  await expect(page.locator('main')).toContainText(`tại địa chỉ ${LRS_ENDPOINT}.`);
});
