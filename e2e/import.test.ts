import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser } from 'playwright-core'
import { baseUrl, launchBrowser, screenshot, seriousViolations, watchErrors } from './browser'

let browser: Browser
before(async () => {
  browser = await launchBrowser()
})
after(() => browser.close())

// Two outlets' reports of one strike night, without an event id: the engine has to group them itself.
const night = {
  articles: [
    {
      id: 'e2e-wire',
      outlet: 'Wire Service',
      title: 'Russia launches drone barrage at Kharkiv',
      publishedAt: '2026-03-10',
      text: 'Russia launched 112 drones at Kharkiv overnight, the regional governor said. Air defences shot down 76 of them. Two people were injured in the city.',
    },
    {
      id: 'e2e-daily',
      outlet: 'Evening Daily',
      title: 'Kharkiv hit by overnight drone attack',
      publishedAt: '2026-03-10',
      text: 'Russia launched 120 drones at Kharkiv overnight, according to the regional governor. Air defences shot down 76 of them. Two people were injured in the city.',
    },
  ],
}
const upload = (name: string, value: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)),
})

test('a reader adds their own articles, which are analysed, kept across reloads and removable', async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  const errors = watchErrors(page)
  await page.goto(baseUrl)
  const events = page.getByRole('list', { name: 'Events' }).getByRole('listitem')
  await events.first().waitFor()
  assert.equal(await events.count(), 3)

  await page.getByLabel('Add articles (JSON)').setInputFiles(upload('kharkiv.json', night))
  await page.getByText('Added 2 articles from “kharkiv.json”.').waitFor()
  await page.getByRole('link', { name: /Kharkiv/ }).waitFor()
  assert.equal(await events.count(), 4)
  assert.deepEqual(await seriousViolations(page), [])
  await screenshot(page, 'import-desktop')

  // A broken file changes nothing and says where it is wrong.
  await page
    .getByLabel('Add articles (JSON)')
    .setInputFiles(
      upload('broken.json', { articles: [{ id: 'x', outlet: 'Wire', text: 'x', publishedAt: 'Monday' }] }),
    )
  const alert = page.getByRole('alert')
  await alert.waitFor()
  assert.match(await alert.innerText(), /Article 1 \("x"\): "publishedAt" must be an ISO date/)
  assert.equal(await events.count(), 4)

  // The imported articles survive a reload (IndexedDB), and the engine compares them like any other.
  await page.reload()
  await page.getByRole('link', { name: /Kharkiv/ }).click()
  await page.getByRole('heading', { level: 1, name: /Kharkiv/ }).waitFor()
  const launched = await page
    .locator('[data-fact-id]', { hasText: /^(112|120) drones/ })
    .evaluateAll((els) => els.map((e) => [e.getAttribute('data-verdict'), e.getAttribute('data-fact-id')]))
  assert.equal(launched.length, 2)
  assert.deepEqual(
    launched.map(([verdict]) => verdict),
    ['conflict', 'conflict'],
  )
  assert.equal(launched[0]?.[1], launched[1]?.[1], 'both counts are one fact')
  const downed = await page
    .locator('[data-fact-id]', { hasText: /^76/ })
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')))
  assert.deepEqual(downed, ['agree', 'agree'])

  await page.getByRole('link', { name: 'All events' }).click()
  await page.getByRole('button', { name: 'Remove kharkiv.json' }).click()
  await page.getByRole('link', { name: /Kharkiv/ }).waitFor({ state: 'detached' })
  assert.equal(await events.count(), 3)
  assert.deepEqual(errors, [])
  await context.close()
})
