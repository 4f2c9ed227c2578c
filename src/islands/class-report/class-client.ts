import type { ClassModel, FileOutcome, ReportFile } from '../../lib/class/class-model';
import type { ClassModule } from '../../lib/class/class-report';
import { readReportFiles } from './read-report-files';

/**
 * The page's handle on the class: every call goes to the class worker (class-worker.ts), so reading and checking
 * thousands of reports and working out the view happen off the page's thread. Where a worker cannot start (a
 * browser without module workers, a policy that forbids it) the same model runs on the page instead, loaded only
 * then: slower on a large class, but the class report still works.
 */
type ModelOps = Pick<
  ClassModel,
  'restore' | 'show' | 'learners' | 'needHelp' | 'csv' | 'savedText' | 'clear' | 'checkCertificate'
>;
type Op = keyof ModelOps | 'stage' | 'add' | 'start';
/**
 * Files handed to the worker per message. Copying a File into a message costs the page about 0.1 ms (measured in
 * Chromium: 5,000 files in one message held it for 0.57 s), so they go a hundred at a time, each message waiting
 * for the worker's answer, and the page is free between them.
 */
const FILES_PER_MESSAGE = 100;

export type ClassClient = {
  [K in keyof ModelOps]: (...args: Parameters<ModelOps[K]>) => Promise<ReturnType<ModelOps[K]>>;
} & {
  add(files: File[]): Promise<FileOutcome[]>;
  /** 'worker' or 'page': where the class is worked out (the e2e checks the worker is used). */
  where(): 'worker' | 'page';
};

export interface ClassRequest {
  id: number;
  op: Op;
  args: unknown[];
}
export type ClassResponse = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

export function startClassClient(catalog: ClassModule[]): ClassClient {
  let nextId = 0;
  const waiting = new Map<
    number,
    { request: ClassRequest; resolve: (v: unknown) => void; reject: (e: Error) => void }
  >();
  let answered = false; // once the worker has answered, its state is the class: no quiet switch to the page then
  let local: Promise<ClassModel> | undefined;
  let staged: ReportFile[] = []; // the page's own, when it works the class out itself
  let worker: Worker | undefined;

  const onPage = (): Promise<ClassModel> =>
    (local ??= import('../../lib/class/class-model').then(({ ClassModel }) => new ClassModel(catalog)));
  let pageQueue: Promise<unknown> = Promise.resolve();
  /** One call at a time, in order, as the worker answers them: a file read must not interleave with a page. */
  const runOnPage = (request: ClassRequest): Promise<unknown> => {
    const result = pageQueue.then(() => runNow(request));
    pageQueue = result.catch(() => undefined);
    return result;
  };
  const runNow = async (request: ClassRequest): Promise<unknown> => {
    const model = await onPage();
    if (request.op === 'start') return undefined;
    if (request.op === 'stage') return staged.push(...(await readReportFiles(request.args[0] as File[])));
    if (request.op === 'add') return model.add(staged.splice(0));
    return (model[request.op] as (...a: unknown[]) => unknown).apply(model, request.args);
  };
  /** The worker failed before it ever answered: everything asked so far is asked of the page instead, in order. */
  const fallBack = () => {
    worker?.terminate();
    worker = undefined;
    const pending = [...waiting.values()].sort((a, b) => a.request.id - b.request.id);
    waiting.clear();
    for (const { request, resolve, reject } of pending) runOnPage(request).then(resolve, reject);
  };

  try {
    worker = new Worker(new URL('./class-worker.ts', import.meta.url), { type: 'module', name: 'class-report' });
    worker.addEventListener('message', (event: MessageEvent<ClassResponse>) => {
      answered = true;
      const call = waiting.get(event.data.id);
      if (!call) return;
      waiting.delete(event.data.id);
      if (event.data.ok) call.resolve(event.data.value);
      else call.reject(new Error(event.data.error));
    });
    worker.addEventListener('error', (event) => {
      if (!answered) {
        event.preventDefault();
        fallBack();
      } else {
        for (const call of waiting.values()) call.reject(new Error('class worker failed'));
        waiting.clear();
      }
    });
  } catch {
    worker = undefined;
  }

  const call = (op: Op, ...args: unknown[]): Promise<never> => {
    const request: ClassRequest = { id: nextId++, op, args };
    if (!worker) return runOnPage(request) as Promise<never>;
    return new Promise((resolve, reject) => {
      waiting.set(request.id, { request, resolve: resolve as (v: unknown) => void, reject });
      worker!.postMessage(request);
    });
  };
  void call('start', catalog);

  return {
    restore: (raw) => call('restore', raw),
    add: async (files) => {
      for (let i = 0; i < files.length; i += FILES_PER_MESSAGE)
        await call('stage', files.slice(i, i + FILES_PER_MESSAGE));
      return call('add');
    },
    show: (pathId) => call('show', pathId),
    learners: (from, count) => call('learners', from, count),
    needHelp: (from, count) => call('needHelp', from, count),
    csv: (words) => call('csv', words),
    savedText: (budget) => call('savedText', budget),
    clear: () => call('clear'),
    checkCertificate: (input) => call('checkCertificate', input),
    where: () => (worker ? 'worker' : 'page'),
  };
}
