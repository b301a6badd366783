// Entry point for the web worker extension host (VS Code for the Web): the host loads this bundle as
// extensionTestsPath and calls run(). Mocha's browser build, since a web worker has no Node.
import 'mocha/mocha.js';

declare const mocha: BrowserMocha;
interface BrowserMocha {
  setup(options: { ui: string; reporter?: unknown; timeout: number; color?: boolean }): void;
  run(done: (failures: number) => void): { on(event: string, listener: () => void): unknown };
}

export async function run(): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: undefined, timeout: 30_000, color: false });
  await import('./webHost.test'); // after setup, which defines describe and it
  return new Promise((resolve, reject) => {
    let passed = 0;
    mocha
      .run((failures) => {
        console.log(`${passed} passed, ${failures} failed`); // the plain summary line CI reads
        if (failures > 0) reject(new Error(`${failures} web worker host test(s) failed`));
        else resolve();
      })
      .on('pass', () => passed++);
  });
}
