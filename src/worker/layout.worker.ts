// The layout worker: lays one network out with multilevel ForceAtlas2 and streams positions back
// (layoutRun.ts); the page terminates it to stop.
import type { LayoutPositions, LayoutRequest } from './layoutProtocol';
import { runLayoutSlices } from './layoutRun';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<LayoutRequest>) => void): void;
  postMessage(message: LayoutPositions, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  runLayoutSlices(event.data, (message) => scope.postMessage(message, [message.positions.buffer]));
});
