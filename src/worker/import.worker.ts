// The import worker: reads the files a person brings (decode, parse, assemble, check) off the
// page's thread, and sends the result back in slices. It only dispatches to io/.
import { importFiles } from '../io/importFiles';
import { resultMessages, type ImportMessage, type ImportRequest } from './importProtocol';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportRequest>) => void): void;
  postMessage(message: ImportMessage): void;
}

const scope = self as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  const { jobId, files, choices } = event.data;
  const mb = files.reduce((n, f) => n + f.data.byteLength, 0) / 1024 / 1024;
  scope.postMessage({
    jobId,
    type: 'progress',
    step: `reading ${files.map((f) => f.name).join(', ')} (${mb.toFixed(1)} MB)`,
    done: 0,
    total: 2,
  });
  void importFiles(files, choices).then((result) => {
    scope.postMessage({ jobId, type: 'progress', step: 'handing over', done: 1, total: 2 });
    for (const m of resultMessages(jobId, result)) scope.postMessage(m);
  });
});
