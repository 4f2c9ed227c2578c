/// <reference lib="webworker" />
import { ClassModel, type ReportFile } from '../../lib/class/class-model';
import type { ClassModule } from '../../lib/class/class-report';
import type { ClassRequest, ClassResponse } from './class-client';
import { readReportFiles } from './read-report-files';

/**
 * The class report's worker: holds the class (ClassModel) and answers the page's calls one at a time, in the order
 * they came, so a file read cannot interleave with a page of the table. A same-origin module file, so a strict
 * Content-Security-Policy (worker-src 'self') allows it and the service worker precaches it with the rest.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let model: ClassModel | undefined;
let queue: Promise<void> = Promise.resolve();
/** Files read so far for the next 'add' (the page sends them a hundred at a time). */
let staged: ReportFile[] = [];

async function answer({ id, op, args }: ClassRequest): Promise<ClassResponse> {
  try {
    if (op === 'start') {
      model = new ClassModel(args[0] as ClassModule[]);
      return { id, ok: true, value: undefined };
    }
    if (!model) throw new Error('class worker: not started');
    if (op === 'stage') {
      staged.push(...(await readReportFiles(args[0] as File[])));
      return { id, ok: true, value: staged.length };
    }
    if (op === 'add') return { id, ok: true, value: model.add(staged.splice(0)) };
    const call = model[op] as (...a: unknown[]) => unknown;
    return { id, ok: true, value: call.apply(model, args) };
  } catch (error) {
    return { id, ok: false, error: String(error) };
  }
}

scope.addEventListener('message', (event: MessageEvent<ClassRequest>) => {
  queue = queue.then(async () => scope.postMessage(await answer(event.data)));
});
