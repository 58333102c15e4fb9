// Serves the built app (dist/) and runs the browser journeys in e2e/*.test.ts against it in Chromium.
import { spawn } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { preview } from 'vite'

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!existsSync(chromium)) {
  console.error(
    `Browser tests need Chromium at ${chromium}, and it is not there.\n` +
      'Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  )
  process.exit(1)
}
if (!existsSync('dist/index.html')) {
  console.error('No build in dist/: run `npm run build` first (npm test does it for you).')
  process.exit(1)
}

const server = await preview({ preview: { port: 4179, strictPort: false, open: false }, logLevel: 'error' })
const address = server.httpServer.address()
const baseUrl = `http://localhost:${typeof address === 'object' && address ? address.port : 4179}/`
const files = readdirSync('e2e')
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => `e2e/${f}`)
const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], {
  stdio: 'inherit',
  env: { ...process.env, BASE_URL: baseUrl, CHROMIUM_PATH: chromium, TZ: 'UTC' },
})
const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)))
await server.close()
process.exit(code)
