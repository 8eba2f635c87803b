/**
 * The e2e tests' web server: the built site (`build/`, adapter-static output) served by the
 * bench's static host (`bench/server.ts`) on 127.0.0.1:<port>. Like a production host it sends
 * the `.br` files the build precompressed, where `vite preview` compresses the 13 MB database
 * again for every test that loads it (seconds of CPU each on two cores), and it answers
 * anything but GET/HEAD with 405: the app never sends anything to its own origin either.
 *
 * Usage (playwright.config.ts starts it): `tsx tests/e2e/serve.ts <port>`
 */
import { startServer } from '../../bench/server';

const port = Number(process.argv[2] ?? 4173);
const server = await startServer({ root: 'build', port });
console.log(`e2e: serving build/ at ${server.origin}`);
// The log of responses is the bench's; here it would only grow.
setInterval(() => server.reset(), 60_000).unref();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => void server.close().then(() => process.exit(0)));
}
